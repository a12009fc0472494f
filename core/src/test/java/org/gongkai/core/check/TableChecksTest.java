package org.gongkai.core.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.core.check.Fixtures.pairs;

import java.util.List;
import org.gongkai.core.report.AnnualReport;
import org.gongkai.core.report.AppealCounts;
import org.gongkai.core.report.Appeals;
import org.gongkai.core.report.Applicant;
import org.gongkai.core.report.DocumentCounts;
import org.gongkai.core.report.Finding;
import org.gongkai.core.report.FindingCode;
import org.gongkai.core.report.Proactive;
import org.gongkai.core.report.Proactive2019;
import org.gongkai.core.report.ReportFormat;
import org.gongkai.core.report.RequestCounts;
import org.gongkai.core.report.RequestRow;
import org.gongkai.core.report.RequestTable;
import org.junit.jupiter.api.Test;

class TableChecksTest {
  private static final AnnualReport BASE = Fixtures.report();

  private static AnnualReport withCell(AnnualReport r, RequestRow row, Applicant a, Integer v) {
    return r.withRequests(r.requests().with(row, r.requests().row(row).with(a, v)));
  }

  @Test
  void handBuiltReportsHaveNoFinding() {
    assertThat(ReportChecks.check(BASE)).isEmpty();
    assertThat(ReportChecks.check(Fixtures.report2019())).isEmpty();
  }

  @Test
  void rowTotalDifferentFromItsColumns() {
    // row 1: 3 + 1 + 0 + 0 + 0 + 0 = 4, but the total says 5 (and the total column then breaks the balance: 5+1 ≠ 4+1)
    List<Finding> f = ReportChecks.check(withCell(BASE, RequestRow.R1, Applicant.TOTAL, 5));
    assertThat(pairs(f)).containsExactlyInAnyOrder("REQ_ROW_SUM@requests.1", "REQ_BALANCE@requests.total");
    Finding row = f.stream().filter(x -> x.code().equals("REQ_ROW_SUM")).findFirst().orElseThrow();
    assertThat(row.severity().code()).isEqualTo("error");
    assertThat(row.message()).isEqualTo(
        "申请情况表“一、本年新收政府信息公开申请数量”行：“总计”列为5，但六类申请人之和为3+1+0+0+0+0=4");
  }

  @Test
  void resultTotalDifferentFromItsRows() {
    // natural column: 3.1 = 2, 3.4.1 = 1, 3.3.2 now 2 → rows add to 5, (七)总计 says 3; row 3.3.2 total is also off
    AnnualReport r = withCell(BASE, RequestRow.R3_3_2, Applicant.NATURAL, 2);
    List<Finding> f = ReportChecks.check(r);
    assertThat(pairs(f)).containsExactlyInAnyOrder("REQ_ROW_SUM@requests.3.3.2", "REQ_RESULT_SUM@requests.natural");
    assertThat(f).filteredOn(x -> x.code().equals("REQ_RESULT_SUM")).singleElement()
        .extracting(Finding::message).asString()
        .contains("“自然人”列", "“（七）总计”为3", "之和为5");
  }

  @Test
  void balanceBroken() {
    // natural column: 1 + 2 = 3 + 1 + 1 (row 1 natural now 4, row 1 total 5 to keep the row sum): 4+1 = 5 ≠ 3+1 = 4
    AnnualReport r = withCell(withCell(BASE, RequestRow.R1, Applicant.NATURAL, 4), RequestRow.R1, Applicant.TOTAL, 5);
    List<Finding> f = ReportChecks.check(r);
    assertThat(pairs(f)).containsExactlyInAnyOrder("REQ_BALANCE@requests.natural", "REQ_BALANCE@requests.total");
    assertThat(f.get(0).message()).isEqualTo(
        "申请情况表“自然人”列：第一项加第二项之和（4+1=5）不等于第三项加第四项之和（3+1=4）");
  }

  @Test
  void appealGroupTotalWrong() {
    Appeals a = new Appeals(new AppealCounts(1, 0, 0, 1, 3), AppealCounts.ZERO, AppealCounts.ZERO);
    List<Finding> f = ReportChecks.check(BASE.withAppeals(a));
    assertThat(pairs(f)).containsExactly("APPEAL_SUM@appeals.reconsideration");
    assertThat(f.get(0).message()).isEqualTo("行政复议：“总计”为3，但结果维持、结果纠正、其他结果、尚未审结之和为1+0+0+1=2");
  }

  @Test
  void blankCellIsMissingAndItsSumsAreNotEvaluated() {
    // 3.7 natural blank: the row sum of 3.7, the result sum and the balance of the natural column all need it
    List<Finding> f = ReportChecks.check(withCell(BASE, RequestRow.R3_7, Applicant.NATURAL, null));
    assertThat(pairs(f)).containsExactly("CELL_MISSING@requests.3.7.natural");
    assertThat(f.get(0).message()).isEqualTo("申请情况表“（七）总计”行“自然人”列没有数字（空白或缺失）");
  }

  @Test
  void blankCellExplainedByTheReaderIsNotMissingAgain() {
    AnnualReport r = withCell(withCell(BASE, RequestRow.R1, Applicant.NATURAL, null), RequestRow.R1, Applicant.TOTAL,
        null);
    AnnualReport ambiguousRow = r.withFindings(
        List.of(Finding.of(FindingCode.CELL_AMBIGUOUS, "requests.1", "数字连在一起，无法唯一拆分")));
    assertThat(ReportChecks.check(ambiguousRow)).isEmpty();
    AnnualReport invalidCell = r.withFindings(
        List.of(Finding.of(FindingCode.CELL_INVALID, "requests.1.natural", "“一”不是数字")));
    assertThat(pairs(ReportChecks.check(invalidCell))).containsExactly("CELL_MISSING@requests.1.total");
  }

  @Test
  void tableThreeReadAsOneRowIsExplainedAtItsPath() {
    Appeals a = new Appeals(AppealCounts.EMPTY, AppealCounts.EMPTY, AppealCounts.EMPTY);
    AnnualReport r = BASE.withAppeals(a)
        .withFindings(List.of(Finding.of(FindingCode.CELL_AMBIGUOUS, "appeals", "数字连在一起")));
    assertThat(ReportChecks.check(r)).isEmpty();
    assertThat(ReportChecks.check(r.withFindings(List.of()))).hasSize(15)
        .allMatch(x -> x.code().equals("CELL_MISSING") && x.where().startsWith("appeals."));
  }

  @Test
  void negativeCountsAndBadFeesAreInvalid() {
    Proactive p = new Proactive(new DocumentCounts(0, 0, 2), new DocumentCounts(3, 1, 12), -1, 7, 0, "约2万");
    List<Finding> f = ReportChecks.check(BASE.withProactive(p));
    assertThat(pairs(f)).containsExactlyInAnyOrder("CELL_INVALID@proactive.licensing", "CELL_INVALID@proactive.feesWanYuan");
    assertThat(f).extracting(Finding::message).containsExactlyInAnyOrder(
        "主动公开情况表“行政许可”行“本年处理决定数量”列为-1，不是非负整数",
        "主动公开情况表“行政事业性收费”行“本年收费金额（单位：万元）”列为“约2万”，不是非负的数字（金额）");
  }

  @Test
  void negativeRequestCellIsInvalidAndKeptOutOfSums() {
    List<Finding> f = ReportChecks.check(withCell(BASE, RequestRow.R3_1, Applicant.NATURAL, -2));
    assertThat(pairs(f)).containsExactly("CELL_INVALID@requests.3.1.natural");
  }

  @Test
  void appealCellNegative() {
    Appeals a = new Appeals(new AppealCounts(1, 0, 0, 1, 2), new AppealCounts(0, 1, 0, 0, 1),
        new AppealCounts(0, 0, 0, -1, 0));
    assertThat(pairs(ReportChecks.check(BASE.withAppeals(a))))
        .containsExactly("CELL_INVALID@appeals.litigationAfterReconsideration.pending");
  }

  @Test
  void missingProactiveCells() {
    Proactive p = new Proactive(DocumentCounts.EMPTY, new DocumentCounts(3, null, 12), 346, 7, 0, null);
    assertThat(pairs(ReportChecks.check(BASE.withProactive(p)))).containsExactlyInAnyOrder(
        "CELL_MISSING@proactive.regulations.issued", "CELL_MISSING@proactive.regulations.repealed",
        "CELL_MISSING@proactive.regulations.inForce", "CELL_MISSING@proactive.normativeDocuments.repealed",
        "CELL_MISSING@proactive.feesWanYuan");
  }

  @Test
  void absentTablesAreMissingUnlessPictured() {
    AnnualReport none = BASE.withProactive(null).withRequests(null).withAppeals(null);
    assertThat(pairs(ReportChecks.check(none)))
        .containsExactlyInAnyOrder("TABLE_MISSING@proactive", "TABLE_MISSING@requests", "TABLE_MISSING@appeals");
    AnnualReport pictured = none.withFindings(List.of(Finding.of(FindingCode.TABLE_NOT_TEXT, "requests", "图片")));
    assertThat(pairs(ReportChecks.check(pictured)))
        .containsExactlyInAnyOrder("TABLE_MISSING@proactive", "TABLE_MISSING@appeals");
  }

  @Test
  void unknownFormatGetsNoTableOrSectionCheck() {
    AnnualReport r = new AnnualReport("某局2017年政府信息公开情况统计表", "某局", 2017, null, null, null, List.of(),
        null, null, null, null, null, List.of(Finding.of(FindingCode.FORMAT_UNKNOWN, "document", "不是年度报告")));
    assertThat(ReportChecks.check(r)).isEmpty();
  }

  @Test
  void format2019UsesOneOtherRowAndAllowsNegativeChange() {
    AnnualReport r = Fixtures.report2019();
    // 3.6 carries one natural request: rows 3.x natural add to 4 while (七)总计 says 3
    RequestTable t = r.requests().with(RequestRow.R3_6, RequestCounts.ofKinds(1, 0, 0, 0, 0, 0));
    assertThat(pairs(ReportChecks.check(r.withRequests(t))))
        .containsExactlyInAnyOrder("REQ_RESULT_SUM@requests.natural", "REQ_RESULT_SUM@requests.total");
    // rows 3.6.1–3.6.3 do not exist in format 2019, so their absence is not missing; 3.6 blank is
    RequestTable blank = r.requests().with(RequestRow.R3_6, RequestCounts.EMPTY);
    assertThat(ReportChecks.check(r.withRequests(blank))).hasSize(7)
        .allMatch(x -> x.code().equals("CELL_MISSING") && x.where().startsWith("requests.3.6."));
  }

  @Test
  void format2019TableOneCells() {
    AnnualReport r = Fixtures.report2019();
    Proactive2019 p = r.proactive2019();
    Proactive2019 broken = new Proactive2019(p.regulations(), null, new Proactive2019.Items(-1, -5, 3),
        p.otherServices(), p.penalty(), p.coercion(), p.fees(), new Proactive2019.Procurement(1, "-3", "元"));
    AnnualReport b = new AnnualReport(r.title(), r.agency(), r.year(), r.format(), r.publishedOn(), r.preamble(),
        r.sections(), r.signature(), null, broken, r.requests(), r.appeals(), List.of());
    assertThat(pairs(ReportChecks.check(b))).containsExactlyInAnyOrder(
        "CELL_MISSING@proactive2019.normativeDocuments.newlyMade",
        "CELL_MISSING@proactive2019.normativeDocuments.newlyPublished",
        "CELL_MISSING@proactive2019.normativeDocuments.totalPublished",
        "CELL_INVALID@proactive2019.licensing.previousYearItems",
        "CELL_INVALID@proactive2019.procurement.amount");
    AnnualReport noTable = new AnnualReport(r.title(), r.agency(), r.year(), r.format(), r.publishedOn(),
        r.preamble(), r.sections(), r.signature(), null, null, r.requests(), r.appeals(), List.of());
    assertThat(pairs(ReportChecks.check(noTable))).containsExactly("TABLE_MISSING@proactive2019");
  }
}
