package org.gongkai.core.read;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.gongkai.core.report.RequestRow;

/** Normalises labels as published (width, brackets, quotes, spacing, numbering) and recognises the template's rows. */
final class Labels {
  private static final Pattern ENUMERATOR = Pattern.compile(
      "^(?:[一二三四五六七八九十]+[、.,]|\\([一二三四五六七八九十]+\\)|\\d{1,2}[、.,)]|\\(\\d{1,2}\\))+");

  /** Rows of table 2 by a pattern over the normalised label without its numbering; order matters (first match wins). */
  private static final Map<RequestRow, Pattern> REQUEST_ROWS = new LinkedHashMap<>();

  static {
    put(RequestRow.R1, "^本年新收.*申请");
    put(RequestRow.R2, "^上年结转.*申请");
    put(RequestRow.R3_1, "^予以公开$");
    put(RequestRow.R3_2, "^部分公开");
    put(RequestRow.R3_3_1, "^属于国家秘密$");
    put(RequestRow.R3_3_2, "^其他法.*禁止公开$");
    put(RequestRow.R3_3_3, "^危及.*三安全一稳定");
    put(RequestRow.R3_3_4, "^保护第三方合法权益$");
    put(RequestRow.R3_3_5, "^属于三类内部事务");
    put(RequestRow.R3_3_6, "^属于四类过程性");
    put(RequestRow.R3_3_7, "^属于行政执法案卷$");
    put(RequestRow.R3_3_8, "^属于行政查询事项$");
    put(RequestRow.R3_4_1, "^本机关不掌握");
    put(RequestRow.R3_4_2, "^没有现成信息");
    put(RequestRow.R3_4_3, "^补正后申请内容仍不明确");
    put(RequestRow.R3_5_1, "^信访举报投诉");
    put(RequestRow.R3_5_2, "^重复申请$");
    put(RequestRow.R3_5_3, "^要求提供公开出版物$");
    put(RequestRow.R3_5_4, "^无正当理由大量反复申请$");
    put(RequestRow.R3_5_5, "^要求行政机关确认或重新出具");
    put(RequestRow.R3_6_1, "逾期不补");
    put(RequestRow.R3_6_2, "逾期未按收费通知");
    put(RequestRow.R3_6, "^其他处理$");
    put(RequestRow.R3_6_3, "^其他$");
    put(RequestRow.R3_7, "^总计$");
    put(RequestRow.R4, "^结转下年度继续办理");
  }

  private Labels() {}

  private static void put(RequestRow row, String regex) {
    REQUEST_ROWS.put(row, Pattern.compile(regex));
  }

  /** Width-folded, space-, quote- and bracket-normalised text. */
  static String normalize(String s) {
    String n = Fold.compact(s);
    StringBuilder b = new StringBuilder(n.length());
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      switch (c) {
        case '〔', '【', '［' -> b.append('(');
        case '〕', '】', '］' -> b.append(')');
        case '，' -> b.append(',');
        case '。' -> b.append('.');
        case '：' -> b.append(':');
        case '；' -> b.append(';');
        case '"', '\'', '“', '”', '‘', '’', '「', '」', '『', '』', '《', '》' -> { }
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  private static final java.util.List<String> GROUPS = java.util.List.of("本年度办理结果", "不予公开", "无法提供", "不予处理",
      "其他处理");

  /**
   * The normalised label without leading numbering such as 一、 (三) 1. and without the group heading a publisher
   * put in the same cell (（三）不予公开 1.属于国家秘密 → 属于国家秘密).
   */
  static String core(String s) {
    String known = CORES.get(s);
    if (known == null) {
      if (CORES.size() > MEMORY) {
        CORES.clear();
      }
      known = findCore(s);
      CORES.put(s, known);
    }
    return known;
  }

  private static String findCore(String s) {
    String c = ENUMERATOR.matcher(normalize(s)).replaceFirst("");
    boolean changed = true;
    while (changed) {
      changed = false;
      for (String g : GROUPS) {
        if (c.startsWith(g) && c.length() > g.length()) {
          String rest = ENUMERATOR.matcher(c.substring(g.length())).replaceFirst("");
          if (!rest.isEmpty() && !rest.equals(c.substring(g.length()))) {
            c = rest;
            changed = true;
          }
        }
      }
    }
    return c;
  }

  /**
   * Labels repeat across reports (they are the template's), so what was worked out for one is remembered; the
   * memory is bounded and simply starts over when full.
   */
  private static final int MEMORY = 8192;
  private static final java.util.concurrent.ConcurrentHashMap<String, String> CORES = new java.util.concurrent.ConcurrentHashMap<>();
  private static final java.util.concurrent.ConcurrentHashMap<String, java.util.Optional<RequestRow>> ROWS =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** The table-2 row a label names, or {@code null}. */
  static RequestRow requestRow(String label) {
    java.util.Optional<RequestRow> known = ROWS.get(label);
    if (known == null) {
      if (ROWS.size() > MEMORY) {
        ROWS.clear();
      }
      known = java.util.Optional.ofNullable(findRequestRow(label));
      ROWS.put(label, known);
    }
    return known.orElse(null);
  }

  private static RequestRow findRequestRow(String label) {
    String c = core(label);
    if (c.isEmpty()) {
      return null;
    }
    for (Map.Entry<RequestRow, Pattern> e : REQUEST_ROWS.entrySet()) {
      if (e.getValue().matcher(c).find()) {
        return e.getKey();
      }
    }
    return null;
  }

  /** Whether a label differs in wording from the template's (not merely in width, brackets, spacing or numbering). */
  static boolean nonStandard(String label, String official) {
    return !core(label).equals(core(official));
  }

  /**
   * Whether a table-2 row label differs in wording from the template's, not counting characters of its group
   * heading that a page layout ran into it (（四）无法提供 beside 1.本机关不掌握… gives …信息无法提 / 供).
   */
  static boolean nonStandard(String label, RequestRow row) {
    if (!nonStandard(label, row.label())) {
      return false;
    }
    String group = row.group();
    if (group == null) {
      return true;
    }
    String heading = core(group);
    return !without(core(label), heading).equals(without(core(row.label()), heading));
  }

  private static String without(String s, String chars) {
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints().filter(c -> chars.indexOf(c) < 0).forEach(b::appendCodePoint);
    return b.toString();
  }
}
