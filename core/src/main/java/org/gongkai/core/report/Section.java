package org.gongkai.core.report;

import java.util.List;
import java.util.Objects;

/** One of the report's six numbered sections, with its narrative text (paragraphs joined by {@code \n}, tables left out). */
public record Section(String number, String title, String text) {
  /** The template's six section numerals, in order. */
  public static final List<String> NUMBERS = List.of("一", "二", "三", "四", "五", "六");

  /** The template's six section titles, in order. */
  public static final List<String> TITLES = List.of(
      "总体情况",
      "主动公开政府信息情况",
      "收到和处理政府信息公开申请情况",
      "政府信息公开行政复议、行政诉讼情况",
      "存在的主要问题及改进情况",
      "其他需要报告的事项");

  public Section {
    Objects.requireNonNull(number, "number");
    title = title == null ? "" : title;
    text = text == null ? "" : text;
  }

  /** The template's title for a section numeral, or {@code null}. */
  public static String standardTitle(String number) {
    int i = NUMBERS.indexOf(number);
    return i < 0 ? null : TITLES.get(i);
  }
}
