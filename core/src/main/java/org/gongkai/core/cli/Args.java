package org.gongkai.core.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Parsing of option values. Commands take raw strings and parse here, so that bad values get the same Chinese
 * message whether or not the caller installed {@link CliSupport}'s handlers.
 */
final class Args {
  private Args() {}

  static LocalDate date(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new InvalidInputException("缺少" + what);
    }
    try {
      return LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(what + "不是有效日期：“" + value + "”（应为YYYY-MM-DD）");
    }
  }

  static int nonNegative(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new InvalidInputException("缺少" + what);
    }
    int n;
    try {
      n = Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw new InvalidInputException(what + "应为整数：“" + value + "”");
    }
    if (n < 0) {
      throw new InvalidInputException(what + "不能为负数：" + n);
    }
    return n;
  }

  static int positive(String value, String what) {
    int n = nonNegative(value, what);
    if (n == 0) {
      throw new InvalidInputException(what + "应为正整数：0");
    }
    return n;
  }

  /** The date as YYYY-MM-DD, the only form the output contract allows. */
  static String output(LocalDate date) {
    if (date.getYear() < 1 || date.getYear() > 9999) {
      throw new InvalidInputException("结果" + date + "超出可计算的日期范围（公元1年至9999年）");
    }
    return date.toString();
  }

  static void noneUnmatched(List<String> unmatched) {
    if (unmatched != null && !unmatched.isEmpty()) {
      throw new InvalidInputException("无法识别的参数：" + String.join(" ", unmatched) + "（用 --help 查看用法）");
    }
  }
}
