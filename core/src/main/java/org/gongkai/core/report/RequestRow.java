package org.gongkai.core.report;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The rows of table 2, with their spec codes and official labels; {@link #R3_6} exists only in format 2019. */
public enum RequestRow {
  R1("1", "一、本年新收政府信息公开申请数量", Kind.INPUT),
  R2("2", "二、上年结转政府信息公开申请数量", Kind.INPUT),
  R3_1("3.1", "（一）予以公开", Kind.RESULT),
  R3_2("3.2", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", Kind.RESULT),
  R3_3_1("3.3.1", "1.属于国家秘密", Kind.RESULT),
  R3_3_2("3.3.2", "2.其他法律行政法规禁止公开", Kind.RESULT),
  R3_3_3("3.3.3", "3.危及“三安全一稳定”", Kind.RESULT),
  R3_3_4("3.3.4", "4.保护第三方合法权益", Kind.RESULT),
  R3_3_5("3.3.5", "5.属于三类内部事务信息", Kind.RESULT),
  R3_3_6("3.3.6", "6.属于四类过程性信息", Kind.RESULT),
  R3_3_7("3.3.7", "7.属于行政执法案卷", Kind.RESULT),
  R3_3_8("3.3.8", "8.属于行政查询事项", Kind.RESULT),
  R3_4_1("3.4.1", "1.本机关不掌握相关政府信息", Kind.RESULT),
  R3_4_2("3.4.2", "2.没有现成信息需要另行制作", Kind.RESULT),
  R3_4_3("3.4.3", "3.补正后申请内容仍不明确", Kind.RESULT),
  R3_5_1("3.5.1", "1.信访举报投诉类申请", Kind.RESULT),
  R3_5_2("3.5.2", "2.重复申请", Kind.RESULT),
  R3_5_3("3.5.3", "3.要求提供公开出版物", Kind.RESULT),
  R3_5_4("3.5.4", "4.无正当理由大量反复申请", Kind.RESULT),
  R3_5_5("3.5.5", "5.要求行政机关确认或重新出具已获取信息", Kind.RESULT),
  R3_6("3.6", "（六）其他处理", Kind.RESULT),
  R3_6_1("3.6.1", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", Kind.RESULT),
  R3_6_2("3.6.2", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", Kind.RESULT),
  R3_6_3("3.6.3", "3.其他", Kind.RESULT),
  R3_7("3.7", "（七）总计", Kind.RESULT_TOTAL),
  R4("4", "四、结转下年度继续办理", Kind.OUTPUT);

  /** What part a row plays in the balance rule 1 + 2 = 3.7 + 4. */
  public enum Kind { INPUT, RESULT, RESULT_TOTAL, OUTPUT }

  private final String code;
  private final String label;
  private final Kind kind;

  RequestRow(String code, String label, Kind kind) {
    this.code = code;
    this.label = label;
    this.kind = kind;
  }

  /** The spec's code, the row's key in canonical JSON. */
  public String code() {
    return code;
  }

  /** The official label of the row (without its group heading). */
  public String label() {
    return label;
  }

  /** The row's part in the balance rule. */
  public Kind kind() {
    return kind;
  }

  /** The group heading a row sits under, e.g. （三）不予公开 for 3.3.x, or {@code null}. */
  public String group() {
    if (code.startsWith("3.3.")) {
      return "（三）不予公开";
    } else if (code.startsWith("3.4.")) {
      return "（四）无法提供";
    } else if (code.startsWith("3.5.")) {
      return "（五）不予处理";
    } else if (code.startsWith("3.6.")) {
      return "（六）其他处理";
    }
    return null;
  }

  /** The label a person recognises: the group heading and the row label, e.g. （三）不予公开 1.属于国家秘密. */
  public String fullLabel() {
    String g = group();
    return g == null ? label : g + " " + label;
  }

  /** The formats whose table 2 has this row. */
  public Set<ReportFormat> formats() {
    if (this == R3_6) {
      return EnumSet.of(ReportFormat.F2019);
    }
    if (this == R3_6_1 || this == R3_6_2 || this == R3_6_3) {
      return EnumSet.of(ReportFormat.F2021);
    }
    return EnumSet.allOf(ReportFormat.class);
  }

  /** The rows of table 2 in a format, in template order. */
  public static List<RequestRow> rowsOf(ReportFormat format) {
    return java.util.Arrays.stream(values()).filter(r -> r.formats().contains(format)).toList();
  }

  /** The result rows (3.1 … 3.6.x) that add up to （七）总计 in a format. */
  public static List<RequestRow> resultRowsOf(ReportFormat format) {
    return rowsOf(format).stream().filter(r -> r.kind == Kind.RESULT).toList();
  }

  /** The row for a spec code, or {@code null}. */
  public static RequestRow ofCode(String code) {
    for (RequestRow r : values()) {
      if (r.code.equals(code)) {
        return r;
      }
    }
    return null;
  }
}
