package org.gongkai.core.read;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognises the six section headings however a publisher numbered and worded them. */
final class Headings {
  private static final Pattern HEADING = Pattern.compile(
      "^\\s*(?:第)?([一二三四五六]|[1-6])\\s*(?:部分)?(?:[、.．,，:：)）]|\\s)\\s*(.{2,40})$");
  private static final List<Pattern> TITLES = List.of(
      Pattern.compile("^(?:总体情况|概述|总体概况|基本情况)"),
      Pattern.compile("主动公开"),
      Pattern.compile("(?:收到和处理|依申请公开|申请情况)"),
      Pattern.compile("(?:行政复议|行政诉讼)"),
      Pattern.compile("(?:存在的主要问题|主要问题|改进情况)"),
      Pattern.compile("(?:其他需要报告|其他事项|其他需报告)"));

  private Headings() {}

  /** A recognised heading: the section's index (0 for 一) and its title as written. */
  record Heading(int index, String title) {}

  static Heading match(String line) {
    String s = line.strip();
    if (s.length() > 44 || s.endsWith("。")) {
      return null;
    }
    Matcher m = HEADING.matcher(s);
    if (!m.matches()) {
      return null;
    }
    String title = m.group(2).strip();
    if (title.endsWith("。") || title.contains("数量") || title.startsWith("本年度")) {
      return null;
    }
    for (int i = 0; i < TITLES.size(); i++) {
      if (TITLES.get(i).matcher(title).find()) {
        return new Heading(i, title);
      }
    }
    return null;
  }
}
