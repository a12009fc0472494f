package org.gongkai.core.write;

import java.time.LocalDate;
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
import org.gongkai.core.report.Section;

/**
 * Hand-built reports whose every written value the tests know: two requests from natural persons, one granted
 * (3.1) and one the agency does not hold (3.4.1); row 2's 法律服务机构 cell and table 3's last 尚未审结 are missing.
 */
final class SampleReport {
  static final String TITLE = "示例县卫生健康局2023年政府信息公开工作年度报告";
  static final String AGENCY = "示例县卫生健康局";

  private SampleReport() {}

  static List<Section> sections() {
    return List.of(
        new Section("一", "总体情况", "（一）主动公开情况。本年主动公开信息120条。\n全年共收到申请2件。"),
        new Section("二", "主动公开政府信息情况", ""),
        new Section("三", "收到和处理政府信息公开申请情况", ""),
        new Section("四", "政府信息公开行政复议、行政诉讼情况", ""),
        new Section("五", "存在的主要问题及改进情况", "存在问题：栏目更新不及时。"),
        new Section("六", "其他需要报告的事项", "（一）收缴政府信息公开处理费情况\n本年未收取信息处理费。"));
  }

  static RequestTable requests(ReportFormat format) {
    RequestCounts two = RequestCounts.ofKinds(2, 0, 0, 0, 0, 0);
    RequestCounts one = RequestCounts.ofKinds(1, 0, 0, 0, 0, 0);
    return RequestTable.zeros(format)
        .with(RequestRow.R1, two)
        .with(RequestRow.R2, RequestCounts.ZERO.with(Applicant.LEGAL, null))
        .with(RequestRow.R3_1, one)
        .with(RequestRow.R3_4_1, one)
        .with(RequestRow.R3_7, two);
  }

  static Appeals appeals() {
    return new Appeals(new AppealCounts(1, 0, 0, 0, 1), new AppealCounts(0, 1, 0, 0, 1),
        new AppealCounts(0, 0, 0, null, 0));
  }

  static Proactive proactive(String fees) {
    return new Proactive(new DocumentCounts(0, 0, 0), new DocumentCounts(2, 1, null), 346, 7, 0, fees);
  }

  static AnnualReport format2021() {
    return new AnnualReport(TITLE, AGENCY, 2023, ReportFormat.F2021, LocalDate.of(2024, 1, 22),
        "根据《条例》规定，编制本报告。\n现将有关情况报告如下：", sections(), AGENCY, proactive("199.43"), null,
        requests(ReportFormat.F2021), appeals(), List.of());
  }

  static AnnualReport format2019() {
    Proactive2019 p = new Proactive2019(
        new Proactive2019.Published(1, 2, 30), new Proactive2019.Published(4, 4, null),
        new Proactive2019.Items(12, -2, 345), new Proactive2019.Items(5, 0, 6),
        new Proactive2019.Items(3, 1, 70), new Proactive2019.Items(0, 0, 0),
        new Proactive2019.Fees(2, -1), new Proactive2019.Procurement(3, "12.5", "万元"));
    return new AnnualReport("示例县卫生健康局2019年政府信息公开工作年度报告", AGENCY, 2019, ReportFormat.F2019,
        LocalDate.of(2020, 1, 20), null, sections(), AGENCY, null, p, requests(ReportFormat.F2019), appeals(),
        List.of());
  }

  /** The 2021 sample with table 2 given only as a picture and table 3 not given at all. */
  static AnnualReport picturedRequests() {
    return format2021().withRequests(null).withAppeals(null)
        .withFindings(List.of(Finding.of(FindingCode.TABLE_NOT_TEXT, "requests", "表二为图片，无法读取数字")));
  }
}
