package org.gongkai.core.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.core.check.Fixtures.pairs;

import java.time.LocalDate;
import java.util.List;
import org.gongkai.core.report.AnnualReport;
import org.gongkai.core.report.DocumentCounts;
import org.gongkai.core.report.Finding;
import org.gongkai.core.report.FindingCode;
import org.gongkai.core.report.Proactive;
import org.gongkai.core.report.ReportFormat;
import org.gongkai.core.report.RequestCounts;
import org.gongkai.core.report.RequestRow;
import org.junit.jupiter.api.Test;

class CrossYearTest {
  /** The fixture (2023): row 2 = 1 natural; regulations 0/0/2; normative documents issued 3, repealed 1, in force 12. */
  private static final AnnualReport CURRENT = Fixtures.report();

  /**
   * The year before (2022) of the same agency, written with a full-width space in its name: row 4 = 1 natural, in
   * force 2 rules and 10 normative documents (10 + 3 − 1 = 12), and another section 五.
   */
  private static AnnualReport previous() {
    AnnualReport c = CURRENT;
    Proactive p = new Proactive(new DocumentCounts(0, 0, 2), new DocumentCounts(1, 0, 10), 300, 5, 0, "0");
    AnnualReport r = new AnnualReport("示例县卫生健康局2022年政府信息公开工作年度报告", "示例县　卫生健康局", 2022,
        ReportFormat.F2021, LocalDate.of(2023, 1, 18), null, c.sections(), null, p, null, c.requests(), c.appeals(),
        List.of());
    return Fixtures.withSection(r, "五", "一是政务新媒体内容不够丰富，二是政策解读形式单一。2023年将拓展图解、视频等解读形式。");
  }

  @Test
  void consistentYearsHaveNoFinding() {
    assertThat(ReportChecks.crossYear(previous(), CURRENT)).isEmpty();
  }

  @Test
  void carriedOverDiffersFromCarriedForward() {
    AnnualReport prev = previous();
    prev = prev.withRequests(prev.requests().with(RequestRow.R4, RequestCounts.ofKinds(2, 0, 0, 0, 1, 0)));
    List<Finding> f = ReportChecks.crossYear(prev, CURRENT);
    assertThat(pairs(f)).containsExactlyInAnyOrder("CARRY_MISMATCH@requests.2.natural",
        "CARRY_MISMATCH@requests.2.legal", "CARRY_MISMATCH@requests.2.total");
    assertThat(f.get(0).message()).isEqualTo(
        "申请情况表“二、上年结转政府信息公开申请数量”行“自然人”列为1，但2022年报告“四、结转下年度继续办理”行“自然人”列为2");
    assertThat(f).allMatch(x -> x.severity().code().equals("error"));
  }

  @Test
  void inForceDoesNotFollow() {
    Proactive p = new Proactive(new DocumentCounts(1, 0, 2), new DocumentCounts(3, 1, 12), 346, 7, 0, "0");
    // rules: 2 + 1 − 0 = 3, but 2 in force
    List<Finding> f = ReportChecks.crossYear(previous(), CURRENT.withProactive(p));
    assertThat(pairs(f)).containsExactly("IN_FORCE_MISMATCH@proactive.regulations.inForce");
    assertThat(f.get(0).message()).isEqualTo(
        "主动公开情况表“规章”行“现行有效件数”列为2，但2022年报告的现行有效件数2加本年制发1减本年废止0应为3");
  }

  @Test
  void sectionFiveCopiedWithNewYears() {
    String five = "存在的主要问题：信息公开的及时性有待提高，政策解读的形式还不够丰富。改进措施：2022年将加强培训，拓展解读渠道。";
    AnnualReport prev = Fixtures.withSection(previous(), "五", five);
    AnnualReport cur = Fixtures.withSection(CURRENT, "五", five.replace("2022", "2024"));
    List<Finding> f = ReportChecks.crossYear(prev, cur);
    assertThat(pairs(f)).containsExactly("TEXT_REPEATED@sections.五");
    assertThat(f.get(0).message()).isEqualTo("第五部分“存在的主要问题及改进情况”与2022年报告的同一部分内容雷同（相似度100%）");
  }

  @Test
  void similarityMeasure() {
    assertThat(Similarity.of("信息公开不及时", "信息公开不及时。")).isEqualTo(1.0);
    // bigrams 甲乙 乙丙 丙丁 vs 甲乙 乙丙 丙戊: 2·2 / (3 + 3)
    assertThat(Similarity.of("甲乙丙丁", "甲乙丙戊")).isEqualTo(4.0 / 6);
    assertThat(Similarity.of("甲乙", "丙丁")).isZero();
  }

  @Test
  void rewrittenSectionFiveIsNotRepeated() {
    assertThat(Similarity.of(previous().section("五").text(), CURRENT.section("五").text()))
        .isLessThan(CrossYearChecks.REPEATED_THRESHOLD);
  }

  @Test
  void onlyTheSameAgencyInConsecutiveYears() {
    AnnualReport prev = previous();
    AnnualReport broken = prev.withRequests(prev.requests().with(RequestRow.R4, RequestCounts.ofKinds(5, 0, 0, 0, 0, 0)));
    assertThat(ReportChecks.crossYear(broken, CURRENT)).isNotEmpty();
    AnnualReport other = new AnnualReport(broken.title(), "示例县教育局", 2022, broken.format(), null, null,
        broken.sections(), null, broken.proactive(), null, broken.requests(), broken.appeals(), List.of());
    assertThat(ReportChecks.crossYear(other, CURRENT)).isEmpty();
    AnnualReport twoYearsBefore = new AnnualReport(broken.title(), broken.agency(), 2021, broken.format(), null, null,
        broken.sections(), null, broken.proactive(), null, broken.requests(), broken.appeals(), List.of());
    assertThat(ReportChecks.crossYear(twoYearsBefore, CURRENT)).isEmpty();
    assertThat(ReportChecks.crossYear(CURRENT, broken)).isEmpty();
  }

  @Test
  void checkedKeepsReadingFindingsAndReplacesOldChecks() {
    AnnualReport prev = previous();
    prev = prev.withRequests(prev.requests().with(RequestRow.R4, RequestCounts.ofKinds(2, 0, 0, 0, 0, 0)));
    AnnualReport read = CURRENT.withPublishedOn(LocalDate.of(2024, 3, 1)).withFindings(List.of(
        Finding.of(FindingCode.LABEL_NONSTANDARD, "proactive.normativeDocuments", "“规范性文件”与模板不同"),
        Finding.of(FindingCode.REQ_BALANCE, "requests.natural", "旧的检查结果"),
        Finding.of(FindingCode.CELL_EXTRA, "requests.1", "多出一个数字")));
    AnnualReport checked = ReportChecks.checked(read, prev);
    assertThat(checked.findings()).extracting(f -> f.code() + "@" + f.where()).containsExactly(
        "LABEL_NONSTANDARD@proactive.normativeDocuments", "CELL_EXTRA@requests.1", "LATE_PUBLICATION@document",
        "CARRY_MISMATCH@requests.2.natural", "CARRY_MISMATCH@requests.2.total");
    assertThat(ReportChecks.checked(checked, prev).findings()).isEqualTo(checked.findings());
    assertThat(ReportChecks.checked(read, null).findings()).extracting(Finding::code)
        .containsExactly("LABEL_NONSTANDARD", "CELL_EXTRA", "LATE_PUBLICATION");
  }

  @Test
  void readingCodes() {
    assertThat(ReportChecks.READING_CODES).containsExactlyInAnyOrder("CELL_EXTRA", "CELL_AMBIGUOUS", "CELL_INVALID",
        "TABLE_NOT_TEXT", "FORMAT_UNKNOWN", "LABEL_NONSTANDARD", "SECTION_ORDER");
  }
}
