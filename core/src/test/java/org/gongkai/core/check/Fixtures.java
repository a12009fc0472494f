package org.gongkai.core.check;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.gongkai.core.report.AnnualReport;
import org.gongkai.core.report.AppealCounts;
import org.gongkai.core.report.Appeals;
import org.gongkai.core.report.DocumentCounts;
import org.gongkai.core.report.Finding;
import org.gongkai.core.report.Proactive;
import org.gongkai.core.report.Proactive2019;
import org.gongkai.core.report.ReportFormat;
import org.gongkai.core.report.RequestCounts;
import org.gongkai.core.report.RequestRow;
import org.gongkai.core.report.RequestTable;
import org.gongkai.core.report.Section;

/** Hand-built reports whose numbers all agree, for tests to break one thing at a time. */
final class Fixtures {
  private Fixtures() {}

  static final String AGENCY = "示例县卫生健康局";

  /**
   * Table 2 (format 2021): received 3 natural + 1 commercial = 4; carried over 1 natural; granted 2 natural,
   * partly granted 1 commercial, 3.4.1 1 natural, so 3.7 = 3 natural + 1 commercial = 4; carried forward 1 natural.
   * Balance: natural 3+1 = 3+1, commercial 1+0 = 1+0, total 4+1 = 4+1.
   */
  static RequestTable requests(ReportFormat format) {
    return RequestTable.zeros(format)
        .with(RequestRow.R1, RequestCounts.ofKinds(3, 1, 0, 0, 0, 0))
        .with(RequestRow.R2, RequestCounts.ofKinds(1, 0, 0, 0, 0, 0))
        .with(RequestRow.R3_1, RequestCounts.ofKinds(2, 0, 0, 0, 0, 0))
        .with(RequestRow.R3_2, RequestCounts.ofKinds(0, 1, 0, 0, 0, 0))
        .with(RequestRow.R3_4_1, RequestCounts.ofKinds(1, 0, 0, 0, 0, 0))
        .with(RequestRow.R3_7, RequestCounts.ofKinds(3, 1, 0, 0, 0, 0))
        .with(RequestRow.R4, RequestCounts.ofKinds(1, 0, 0, 0, 0, 0));
  }

  /** Reconsideration 1 upheld + 1 pending = 2; direct litigation 1 corrected = 1; after reconsideration 0. */
  static Appeals appeals() {
    return new Appeals(new AppealCounts(1, 0, 0, 1, 2), new AppealCounts(0, 1, 0, 0, 1), AppealCounts.ZERO);
  }

  static Proactive proactive() {
    return new Proactive(new DocumentCounts(0, 0, 2), new DocumentCounts(3, 1, 12), 346, 7, 0, "0");
  }

  static List<Section> sections() {
    List<Section> s = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      String text = switch (i) {
        case 0 -> "我局高度重视政府信息公开工作，明确专人负责，依托门户网站及时发布信息。";
        case 4 -> "存在的问题是部分栏目更新不够及时。下一步将加强培训，提升信息发布质量。";
        case 5 -> "本年度未收取信息处理费。";
        default -> "";
      };
      s.add(new Section(Section.NUMBERS.get(i), Section.TITLES.get(i), text));
    }
    return s;
  }

  /** A format-2021 report on 2023 of a department, published 20 January 2024, with no finding. */
  static AnnualReport report() {
    return new AnnualReport(AGENCY + "2023年政府信息公开工作年度报告", AGENCY, 2023, ReportFormat.F2021,
        LocalDate.of(2024, 1, 20), "根据《中华人民共和国政府信息公开条例》编制本报告。", sections(), AGENCY,
        proactive(), null, requests(ReportFormat.F2021), appeals(), List.of());
  }

  /** The same report in format 2019 (on 2020), table 2 with one 其他处理 row. */
  static AnnualReport report2019() {
    Proactive2019 p = new Proactive2019(new Proactive2019.Published(1, 1, 5), new Proactive2019.Published(2, 2, 9),
        new Proactive2019.Items(10, -2, 300), new Proactive2019.Items(4, 0, 12), new Proactive2019.Items(3, 1, 7),
        new Proactive2019.Items(0, 0, 0), new Proactive2019.Fees(2, -1),
        new Proactive2019.Procurement(1, "12.5", "万元"));
    return new AnnualReport(AGENCY + "2020年政府信息公开工作年度报告", AGENCY, 2020, ReportFormat.F2019,
        LocalDate.of(2021, 1, 20), null, sections(), AGENCY, null, p, requests(ReportFormat.F2019), appeals(),
        List.of());
  }

  static Set<String> codes(List<Finding> findings) {
    return findings.stream().map(Finding::code).collect(Collectors.toSet());
  }

  /** Findings as "CODE@where", the way the reading rules compare them. */
  static Set<String> pairs(List<Finding> findings) {
    return findings.stream().map(f -> f.code() + "@" + f.where()).collect(Collectors.toSet());
  }

  static AnnualReport withSection(AnnualReport r, String number, String text) {
    List<Section> s = new ArrayList<>();
    for (Section x : r.sections()) {
      s.add(x.number().equals(number) ? new Section(number, x.title(), text) : x);
    }
    return r.withSections(s);
  }
}
