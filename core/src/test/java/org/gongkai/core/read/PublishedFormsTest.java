package org.gongkai.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.gongkai.core.check.ReportChecks;
import org.gongkai.core.report.AnnualReport;
import org.gongkai.core.report.Appeals;
import org.gongkai.core.report.DocumentCounts;
import org.gongkai.core.report.RequestCounts;
import org.gongkai.core.report.RequestRow;
import org.gongkai.core.report.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The HTML, DOCX and PDF fixtures (built as agencies build them: portal pages, Word files converted by
 * LibreOffice, PDFs printed from Word, tables split across pages) read to the numbers of their HTML sources,
 * copied here by hand from those sources.
 */
class PublishedFormsTest {
  /** 示例县卫生健康局 2023 (fixtures/html/weijian-2023.html): non-zero rows of table 2; all others are zero. */
  private static final Map<RequestRow, RequestCounts> WEIJIAN_ROWS = Map.of(
      RequestRow.R1, RequestCounts.ofKinds(3, 0, 0, 0, 0, 0),
      RequestRow.R2, RequestCounts.ofKinds(1, 0, 0, 0, 0, 0),
      RequestRow.R3_1, RequestCounts.ofKinds(2, 0, 0, 0, 0, 0),
      RequestRow.R3_4_1, RequestCounts.ofKinds(1, 0, 0, 0, 0, 0),
      RequestRow.R3_7, RequestCounts.ofKinds(3, 0, 0, 0, 0, 0),
      RequestRow.R4, RequestCounts.ofKinds(1, 0, 0, 0, 0, 0));

  /** 示例市教育局 2022 (fixtures/html/jiaoyu-2022-gbk.html). */
  private static final Map<RequestRow, RequestCounts> JIAOYU_ROWS = Map.of(
      RequestRow.R1, RequestCounts.ofKinds(12, 2, 0, 1, 0, 0),
      RequestRow.R3_1, RequestCounts.ofKinds(5, 1, 0, 0, 0, 0),
      RequestRow.R3_2, RequestCounts.ofKinds(2, 0, 0, 0, 0, 0),
      RequestRow.R3_3_4, RequestCounts.ofKinds(1, 0, 0, 0, 0, 0),
      RequestRow.R3_4_1, RequestCounts.ofKinds(3, 1, 0, 1, 0, 0),
      RequestRow.R3_7, RequestCounts.ofKinds(11, 2, 0, 1, 0, 0),
      RequestRow.R4, RequestCounts.ofKinds(1, 0, 0, 0, 0, 0));

  private static AnnualReport read(String fixture) throws Exception {
    try (InputStream in = PublishedFormsTest.class.getResourceAsStream("/fixtures/" + fixture)) {
      return ReportChecks.checked(ReportReader.read(fixture, in.readAllBytes()), null);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"html/weijian-2023.html", "docx/weijian-2023.docx", "docx/weijian-2023-portal.docx",
      "pdf/weijian-2023.pdf"})
  void weijianReadsCompletelyInEveryForm(String fixture) throws Exception {
    AnnualReport r = read(fixture);
    assertThat(r.title()).isEqualTo("示例县卫生健康局2023年政府信息公开工作年度报告");
    assertThat(r.agency()).isEqualTo("示例县卫生健康局");
    assertThat(r.year()).isEqualTo(2023);
    assertThat(r.publishedOn()).isEqualTo(LocalDate.of(2024, 1, 20));
    assertThat(r.sections()).extracting(s -> s.number()).containsExactly("一", "二", "三", "四", "五", "六");
    assertThat(r.section("六").text()).isEqualTo("（一）收取信息处理费情况\n本年度未收取信息处理费。\n（二）其他事项\n无。");
    assertThat(r.proactive().normativeDocuments()).isEqualTo(new DocumentCounts(2, 1, 5));
    assertThat(r.proactive().licensing()).isEqualTo(346);
    assertThat(r.proactive().penalty()).isEqualTo(7);
    assertThat(r.proactive().feesWanYuan()).isEqualTo("0");
    for (RequestRow row : RequestRow.rowsOf(r.format())) {
      assertThat(r.requests().row(row)).as(row.code()).isEqualTo(WEIJIAN_ROWS.getOrDefault(row, RequestCounts.ZERO));
    }
    assertThat(r.appeals().row()).isEqualTo(List.of(1, 0, 0, 0, 1, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0));
    assertThat(r.findings()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"html/jiaoyu-2022-gbk.html", "pdf/jiaoyu-2022-noborder.pdf"})
  void jiaoyuNeverGuessesACell(String fixture) throws Exception {
    AnnualReport r = read(fixture);
    assertThat(r.agency()).isEqualTo("示例市教育局");
    assertThat(r.year()).isEqualTo(2022);
    assertThat(r.publishedOn()).isEqualTo(LocalDate.of(2023, 1, 18));
    assertThat(r.proactive().normativeDocuments()).isEqualTo(new DocumentCounts(1, 0, 3));
    assertThat(r.proactive().feesWanYuan()).isEqualTo("12.50");
    assertThat(r.appeals()).isEqualTo(Appeals.ofRow(List.of(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)));
    // A cell the reader gives must be the source's number; a cell it cannot read must be null and reported.
    for (RequestRow row : RequestRow.rowsOf(r.format())) {
      List<Integer> got = r.requests().row(row).cells();
      List<Integer> truth = JIAOYU_ROWS.getOrDefault(row, RequestCounts.ZERO).cells();
      for (int c = 0; c < 7; c++) {
        if (got.get(c) == null) {
          String where = "requests." + row.code() + "." + org.gongkai.core.report.Applicant.values()[c].key();
          assertThat(r.findings()).anyMatch(f -> f.where().equals(where) && f.code().equals("CELL_MISSING"));
        } else {
          assertThat(got.get(c)).as(row.code() + "[" + c + "]").isEqualTo(truth.get(c));
        }
      }
    }
    assertThat(r.findings()).noneMatch(f -> f.severity() == Severity.ERROR && !f.code().equals("CELL_MISSING"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"html/jiaoyu-2022-gbk.html", "pdf/jiaoyu-2022-noborder.pdf"})
  void jiaoyuReadsCompletelyFromTheGbkPageAndTheBorderlessPdf(String fixture) throws Exception {
    AnnualReport r = read(fixture);
    for (RequestRow row : RequestRow.rowsOf(r.format())) {
      assertThat(r.requests().row(row)).as(row.code()).isEqualTo(JIAOYU_ROWS.getOrDefault(row, RequestCounts.ZERO));
    }
    assertThat(r.findings()).isEmpty();
  }
}
