package org.gongkai.core.check;

import java.util.Map;
import org.gongkai.core.report.AppealCounts;
import org.gongkai.core.report.Appeals;
import org.gongkai.core.report.Applicant;
import org.gongkai.core.report.RequestRow;
import org.gongkai.core.report.Section;

/**
 * The Chinese name of a finding's JSON path, for messages and screens. Table 1 is called 主动公开情况表, table 2
 * 申请情况表 and table 3 行政复议、行政诉讼情况表 (the spec's numbering is not printed in published reports).
 */
public final class Where {
  static final String PROACTIVE_TABLE = "主动公开情况表";
  static final String REQUESTS_TABLE = "申请情况表";
  static final String APPEALS_TABLE = "行政复议、行政诉讼情况表";

  private static final Map<String, String> PROACTIVE_ROWS = Map.of(
      "regulations", "规章", "normativeDocuments", "行政规范性文件", "licensing", "行政许可",
      "penalty", "行政处罚", "coercion", "行政强制", "feesWanYuan", "行政事业性收费");
  private static final Map<String, String> PROACTIVE_COLUMNS = Map.of(
      "issued", "本年制发件数", "repealed", "本年废止件数", "inForce", "现行有效件数");
  private static final Map<String, String> PROACTIVE2019_ROWS = Map.of(
      "regulations", "规章", "normativeDocuments", "规范性文件", "licensing", "行政许可",
      "otherServices", "其他对外管理服务事项", "penalty", "行政处罚", "coercion", "行政强制",
      "fees", "行政事业性收费", "procurement", "政府集中采购");
  private static final Map<String, String> PROACTIVE2019_COLUMNS = Map.of(
      "newlyMade", "本年新制作数量", "newlyPublished", "本年新公开数量", "totalPublished", "对外公开总数量",
      "previousYearItems", "上一年项目数量", "change", "本年增/减", "decisions", "处理决定数量",
      "items", "采购项目数量", "amount", "采购总金额", "amountUnit", "采购总金额单位");
  private static final Map<String, String> RESULT_GROUPS = Map.of(
      "3.3", "（三）不予公开", "3.4", "（四）无法提供", "3.5", "（五）不予处理");

  private Where() {}

  /** The Chinese name of a path such as {@code requests.3.3.1.natural}, {@code sections.五} or {@code document}; an unknown path is returned as it is. */
  public static String describe(String where) {
    if (where == null) {
      return "";
    }
    if (where.equals("document")) {
      return "全文";
    }
    int dot = where.indexOf('.');
    String head = dot < 0 ? where : where.substring(0, dot);
    String rest = dot < 0 ? "" : where.substring(dot + 1);
    String name = switch (head) {
      case "sections" -> section(rest);
      case "proactive" -> rest.isEmpty() ? PROACTIVE_TABLE : proactive(rest, PROACTIVE_ROWS, PROACTIVE_COLUMNS);
      case "proactive2019" -> rest.isEmpty() ? PROACTIVE_TABLE + "（2019年格式）"
          : proactive(rest, PROACTIVE2019_ROWS, PROACTIVE2019_COLUMNS);
      case "requests" -> rest.isEmpty() ? REQUESTS_TABLE : requests(rest);
      case "appeals" -> rest.isEmpty() ? APPEALS_TABLE : appeals(rest);
      default -> null;
    };
    return name == null ? where : name;
  }

  /** The quoted label of a table-2 column, e.g. “自然人”. */
  static String column(Applicant a) {
    return a == Applicant.OTHER ? "“其他（法人或其他组织）”" : "“" + a.label() + "”";
  }

  /** The quoted label of a table-2 row or result group (3.3, 3.4, 3.5), e.g. “（三）不予公开 1.属于国家秘密”行. */
  static String row(String code) {
    RequestRow r = RequestRow.ofCode(code);
    if (r != null) {
      return "“" + r.fullLabel() + "”行";
    }
    String group = RESULT_GROUPS.get(code);
    return group == null ? null : "“" + group + "”各项合计";
  }

  private static String section(String numeral) {
    String title = Section.standardTitle(numeral);
    return title == null ? null : "第" + numeral + "部分“" + title + "”";
  }

  private static String proactive(String rest, Map<String, String> rows, Map<String, String> columns) {
    int dot = rest.indexOf('.');
    String rowKey = dot < 0 ? rest : rest.substring(0, dot);
    String row = rows.get(rowKey);
    if (row == null) {
      return null;
    }
    if (dot < 0) {
      String column = switch (rowKey) {
        case "licensing", "penalty", "coercion" -> "本年处理决定数量";
        case "feesWanYuan" -> "本年收费金额（单位：万元）";
        default -> null;
      };
      return PROACTIVE_TABLE + "“" + row + "”行" + (column == null ? "" : "“" + column + "”列");
    }
    String column = columns.get(rest.substring(dot + 1));
    return column == null ? null : PROACTIVE_TABLE + "“" + row + "”行“" + column + "”列";
  }

  private static String requests(String rest) {
    Applicant whole = Applicant.ofKey(rest);
    if (whole != null) {
      return REQUESTS_TABLE + column(whole) + "列";
    }
    int dot = rest.lastIndexOf('.');
    if (dot > 0) {
      Applicant a = Applicant.ofKey(rest.substring(dot + 1));
      String row = row(rest.substring(0, dot));
      if (a != null && row != null) {
        return REQUESTS_TABLE + row + column(a) + "列";
      }
    }
    String row = row(rest);
    return row == null ? null : REQUESTS_TABLE + row;
  }

  private static String appeals(String rest) {
    int dot = rest.indexOf('.');
    int group = Appeals.KEYS.indexOf(dot < 0 ? rest : rest.substring(0, dot));
    if (group < 0) {
      return null;
    }
    String label = Appeals.LABELS.get(group);
    if (dot < 0) {
      return label;
    }
    int column = AppealCounts.KEYS.indexOf(rest.substring(dot + 1));
    return column < 0 ? null : label + "“" + AppealCounts.LABELS.get(column) + "”";
  }
}
