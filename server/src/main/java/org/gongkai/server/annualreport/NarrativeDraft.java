package org.gongkai.server.annualreport;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.gongkai.core.report.AnnualReport;
import org.gongkai.core.report.Appeals;
import org.gongkai.core.report.Applicant;
import org.gongkai.core.report.Proactive;
import org.gongkai.core.report.RequestRow;
import org.gongkai.core.report.RequestTable;
import org.gongkai.server.agency.Agency;

/**
 * The drafted text of a report from the year's figures: the statutory preamble with the agency's contact data, and
 * the six sections with sentences that state the figures and their change against the previous year. Section 五
 * stays empty: only the agency can say what its problems were.
 */
final class NarrativeDraft {
  private NarrativeDraft() {}

  /** What the draft is made from; any table or figure may be {@code null} when its register is not available. */
  record Facts(Agency agency, int year, Proactive table1, RequestTable table2, Appeals table3, BigDecimal feesYuan,
      Integer publications, Map<String, Integer> byCategory, Integer publicationsBefore, AnnualReport previous) {}

  static String title(Agency a, int year) {
    return a.fullName() + year + "年政府信息公开工作年度报告";
  }

  static String preamble(Agency a, int year) {
    StringBuilder sb = new StringBuilder();
    sb.append("本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《中华人民共和国政府信息公开工作年度报告格式》")
        .append("要求编制。报告全文由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、")
        .append("存在的主要问题及改进情况、其他需要报告的事项六部分组成。本报告所列数据的统计期限为")
        .append(year).append("年1月1日至").append(year).append("年12月31日。");
    if (present(a.portalUrl())) {
      sb.append("本报告电子版可在").append(a.fullName()).append("门户网站（").append(a.portalUrl()).append("）查阅或下载。");
    }
    List<String> contact = new java.util.ArrayList<>();
    if (present(a.address())) {
      contact.add("地址：" + a.address());
    }
    if (present(a.phone())) {
      contact.add("电话：" + a.phone());
    }
    if (present(a.email())) {
      contact.add("电子邮箱：" + a.email());
    }
    if (!contact.isEmpty()) {
      sb.append("如对本报告有疑问，请与").append(a.fullName()).append("联系（").append(String.join("；", contact))
          .append("）。");
    }
    return sb.toString();
  }

  /** The six sections' drafted text by section number. */
  static Map<String, String> sections(Facts f) {
    Map<String, String> out = new LinkedHashMap<>();
    out.put("一", overview(f));
    out.put("二", "");
    out.put("三", "");
    out.put("四", "");
    out.put("五", "");
    out.put("六", other(f));
    return out;
  }

  private static String overview(Facts f) {
    StringBuilder sb = new StringBuilder();
    sb.append("（一）主动公开\n");
    if (f.publications() != null) {
      sb.append(f.year()).append("年，").append(f.agency().shortName()).append("主动公开政府信息")
          .append(f.publications()).append("条").append(change(f.publications(), f.publicationsBefore(), "条"));
      if (f.byCategory() != null && !f.byCategory().isEmpty()) {
        sb.append("，其中").append(f.byCategory().entrySet().stream()
            .map(e -> e.getKey() + e.getValue() + "条").collect(Collectors.joining("、")));
      }
      sb.append("。");
    }
    Proactive p = f.table1();
    if (p != null) {
      Proactive before = f.previous() == null ? null : f.previous().proactive();
      sb.append("本年制发行政规范性文件").append(p.normativeDocuments().issued()).append("件")
          .append(change(p.normativeDocuments().issued(), before == null ? null : before.normativeDocuments().issued(), "件"))
          .append("；作出行政许可决定").append(p.licensing()).append("件")
          .append(change(p.licensing(), before == null ? null : before.licensing(), "件"))
          .append("，行政处罚决定").append(p.penalty()).append("件")
          .append(change(p.penalty(), before == null ? null : before.penalty(), "件")).append("。");
    }
    sb.append("\n（二）依申请公开\n");
    RequestTable t = f.table2();
    if (t != null) {
      RequestTable before = f.previous() == null ? null : f.previous().requests();
      Integer received = t.cell(RequestRow.R1, Applicant.TOTAL);
      sb.append("本年共收到政府信息公开申请").append(received).append("件")
          .append(change(received, before == null ? null : before.cell(RequestRow.R1, Applicant.TOTAL), "件"))
          .append("；上年结转").append(t.cell(RequestRow.R2, Applicant.TOTAL)).append("件。本年办结")
          .append(t.cell(RequestRow.R3_7, Applicant.TOTAL)).append("件，其中予以公开")
          .append(t.cell(RequestRow.R3_1, Applicant.TOTAL)).append("件，部分公开")
          .append(t.cell(RequestRow.R3_2, Applicant.TOTAL)).append("件；结转下年度继续办理")
          .append(t.cell(RequestRow.R4, Applicant.TOTAL)).append("件。");
    }
    sb.append("\n（三）政府信息管理\n")
        .append("严格执行公开前保密审查和发布审核制度，及时更新主动公开基本目录，定期清理已失效的政府信息。")
        .append("\n（四）政府信息公开平台建设\n")
        .append("依托门户网站政府信息公开专栏集中发布政府信息，做好政务新媒体的内容保障和日常维护。")
        .append("\n（五）监督保障\n");
    Appeals a = f.table3();
    if (a != null) {
      Integer lit = sum(a.litigationDirect().total(), a.litigationAfterReconsideration().total());
      sb.append("本年因政府信息公开被申请行政复议").append(a.reconsideration().total()).append("件，被提起行政诉讼")
          .append(lit).append("件。");
    }
    sb.append("将政府信息公开工作纳入年度工作要点，明确专人负责，接受社会监督。");
    return sb.toString();
  }

  private static String other(Facts f) {
    StringBuilder sb = new StringBuilder("（一）收取信息处理费情况\n");
    if (f.feesYuan() == null) {
      sb.append("（请填写本年收取信息处理费的情况。）");
    } else if (f.feesYuan().signum() == 0) {
      sb.append("本年未收取信息处理费。");
    } else {
      sb.append("本年依照《政府信息公开信息处理费管理办法》收取信息处理费")
          .append(f.feesYuan().stripTrailingZeros().toPlainString()).append("元。");
    }
    sb.append("\n（二）其他需要报告的事项\n本年无其他需要报告的事项。");
    return sb.toString();
  }

  /** “，较上年增加3件”, “，较上年减少1件”, “，与上年持平”, or nothing when either year is unknown. */
  static String change(Integer now, Integer before, String unit) {
    if (now == null || before == null) {
      return "";
    }
    int d = now - before;
    if (d == 0) {
      return "，与上年持平";
    }
    return "，较上年" + (d > 0 ? "增加" : "减少") + Math.abs(d) + unit;
  }

  private static Integer sum(Integer a, Integer b) {
    return a == null || b == null ? null : a + b;
  }

  private static boolean present(String s) {
    return s != null && !s.isBlank();
  }
}
