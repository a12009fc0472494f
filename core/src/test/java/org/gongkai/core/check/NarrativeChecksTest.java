package org.gongkai.core.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.core.check.Fixtures.pairs;

import java.util.List;
import org.gongkai.core.report.AnnualReport;
import org.gongkai.core.report.DocumentCounts;
import org.gongkai.core.report.Finding;
import org.gongkai.core.report.Proactive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fixture's tables: received 4, carried over 1, handled 4, carried forward 1, granted 2, partly granted 1,
 * withheld 0, unable to provide 1, not processed 0, otherwise closed 0, reconsideration 2, litigation 1 + 0,
 * licensing 346, penalty 7, coercion 0, normative documents issued 3, repealed 1, in force 12.
 */
class NarrativeChecksTest {
  private static final AnnualReport BASE = Fixtures.report();

  private static List<Finding> mismatches(String sectionOneText) {
    return ReportChecks.check(Fixtures.withSection(BASE, "一", sectionOneText)).stream()
        .filter(f -> f.code().equals("TEXT_TABLE_MISMATCH")).toList();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "2023年，本局共收到政府信息公开申请3件，按时办结4件。|requests.1.total",
      "全年新收政府信息公开申请五件，均已按期答复。|requests.1.total",
      "2023年，共收到1个依申请公开文件，受理申请公开数1个。|requests.1.total",
      "本年度上年结转政府信息公开申请2件。|requests.2.total",
      "共收到政府信息公开申请4件，按时办结3件。|requests.3.7.total",
      "全年共办理政府信息公开申请十二件。|requests.3.7.total",
      "其中，予以公开3件，部分公开1件。|requests.3.1.total",
      "其中部分公开两件。|requests.3.2.total",
      "予以公开及部分公开4件。|requests.3.1.total",
      "不予公开1件，主要是涉及国家秘密。|requests.3.3.total",
      "无法提供零件。|requests.3.4.total",
      "不予处理2件。|requests.3.5.total",
      "其他处理1件。|requests.3.6.total",
      "结转下年度继续办理2件。|requests.4.total",
      "全年发生政府信息公开行政复议案件3起。|appeals.reconsideration.total",
      "本年度被提起行政诉讼2件。|appeals.litigationDirect.total",
      "本年度未发生因政府信息公开引起的行政诉讼案件。|appeals.litigationDirect.total",
      "全年没有收到政府信息公开方面的行政复议申请。|appeals.reconsideration.total",
      "今年来，我委作出行政许可300项。|proactive.licensing",
      "全年作出行政处罚决定8件。|proactive.penalty",
      "实施行政强制措施1起。|proactive.coercion",
      "本年度制发规范性文件2件。|proactive.normativeDocuments.issued",
      "本年度印发了4件规范性文件。|proactive.normativeDocuments.issued",
      "废止规范性文件3件。|proactive.normativeDocuments.repealed",
      "截至年底，现行有效规范性文件10件。|proactive.normativeDocuments.inForce"})
  void contradictionFires(String text, String where) {
    assertThat(pairs(mismatches(text))).containsExactly("TEXT_TABLE_MISMATCH@" + where);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "2023年，本局共收到政府信息公开申请4件，较上年增加3件，按时办结4件。",
      "共收到政府信息公开申请4件，上年结转1件，办结4件，结转下年度继续办理1件。",
      "其中予以公开2件，部分公开1件，无法提供1件，没有不予公开的情形。",
      "予以公开和部分公开共3件。",
      "2021年，政务窗口接待办件量782件，即办件420件，承诺件362件。",
      "2022年共收到政府信息公开申请9件。",
      "去年共收到政府信息公开申请9件。",
      "清理规章和规范性文件，拟保留规范性文件1件，拟废止0件。",
      "主动公开政务信息254条，其中政策文件信息11条（包括规范性文件信息2条）。",
      "通过网站主动公开行政处罚信息21条，行政许可公示信息88条。",
      "行政复议和行政诉讼共5件。",
      "共收到政府信息公开申请4件，其中自然人申请3件，法人或其他组织申请1件。",
      "收到信访举报投诉类申请2件，已转有关部门办理。",
      "共承办区人大代表建议2件、政协委员提案7件，办理结果A类9件。",
      "今年来，我委共办理回复政府在线15余次，办结率100%。",
      "指定2名工作人员在政务中心窗口负责窗口服务工作。",
      "未来将依法做好行政复议和行政诉讼应诉工作。",
      "行政复议案件尚未审结1件。",
      "延期答复2件，均在法定期限内办结。",
      "落实第二十条第（五）项要求，公开行政许可结果。",
      "一是加强组织领导，二是完善制度，三是强化监督。",
      "行政许可较上年增加12件。",
      "受理行政许可事项346项，作出行政处罚决定7件。",
      "收到申请后15个工作日内予以答复，受理申请的2个月内办结。",
      "共收到政府信息公开申请100件以上。"})
  void otherFiguresDoNotFire(String text) {
    assertThat(mismatches(text)).isEmpty();
  }

  @Test
  void realLicensingAndPenaltyExample() {
    Proactive p = new Proactive(new DocumentCounts(0, 0, 0), new DocumentCounts(0, 0, 0), 5, 5, 0, "0");
    String text = "今年来，我委主动公开政策法规信息15条、行政处罚21家、行政许可782家、双随机公示2条。\n"
        + "二是优化政务服务，及时办理各项审批业务。2021年，政务窗口接待办件量782件，即办件420件，承诺件362件。";
    AnnualReport r = new AnnualReport("卫健委2021年政府信息公开工作年度报告", "卫健委", 2021, BASE.format(), null,
        null, Fixtures.withSection(BASE, "一", text).sections(), null, p, null, BASE.requests(), BASE.appeals(),
        List.of());
    List<Finding> f = ReportChecks.check(r);
    assertThat(pairs(f)).containsExactlyInAnyOrder("TEXT_TABLE_MISMATCH@proactive.licensing",
        "TEXT_TABLE_MISMATCH@proactive.penalty");
    assertThat(f).extracting(Finding::message).containsExactlyInAnyOrder(
        "第一部分“总体情况”称“行政许可782家”，但主动公开情况表“行政许可”行“本年处理决定数量”列为5",
        "第一部分“总体情况”称“行政处罚21家”，但主动公开情况表“行政处罚”行“本年处理决定数量”列为5");
    assertThat(f).allMatch(x -> x.severity().code().equals("warning"));
  }

  @Test
  void litigationIsBothGroupsAndMessageShowsTheSum() {
    List<Finding> f = mismatches("本年度发生政府信息公开行政诉讼7件。");
    assertThat(f).singleElement().extracting(Finding::message).isEqualTo(
        "第一部分“总体情况”称“行政诉讼7件”，但行政诉讼（未经复议直接起诉）“总计”与行政诉讼（复议后起诉）“总计”之和为1+0=1");
  }

  @Test
  void groupFigureNamesItsRows() {
    List<Finding> f = mismatches("无法提供3件。");
    assertThat(f).singleElement().extracting(Finding::message).isEqualTo(
        "第一部分“总体情况”称“无法提供3件”，但申请情况表“（四）无法提供”各项合计“总计”列为1（3.4.1至3.4.3各行相加）");
  }

  @Test
  void preambleAndOtherSectionsAreRead() {
    AnnualReport r = Fixtures.withSection(BASE, "六", "本年度共收到政府信息公开申请6件。");
    assertThat(pairs(ReportChecks.check(r))).containsExactly("TEXT_TABLE_MISMATCH@requests.1.total");
    AnnualReport p = new AnnualReport(BASE.title(), BASE.agency(), BASE.year(), BASE.format(), BASE.publishedOn(),
        "2023年，我局共收到政府信息公开申请6件。", BASE.sections(), BASE.signature(), BASE.proactive(), null,
        BASE.requests(), BASE.appeals(), List.of());
    assertThat(ReportChecks.check(p)).singleElement().extracting(Finding::message).asString().startsWith("报告开头称");
  }

  @Test
  void blankCellsAreNotCompared() {
    AnnualReport r = Fixtures.withSection(BASE, "一", "共收到政府信息公开申请6件。");
    AnnualReport blank = r.withRequests(r.requests().with(org.gongkai.core.report.RequestRow.R1,
        r.requests().row(org.gongkai.core.report.RequestRow.R1).with(org.gongkai.core.report.Applicant.TOTAL, null)));
    assertThat(pairs(ReportChecks.check(blank))).containsExactly("CELL_MISSING@requests.1.total");
  }
}
