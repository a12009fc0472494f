package org.gongkai.core.read;

/** Small Chinese numerals as they appear in dates and counts (二〇二四, 十二, 二十二, 两). */
public final class ChineseNumbers {
  private static final String DIGITS = "〇一二三四五六七八九";

  private ChineseNumbers() {}

  /** Digit by digit: 二〇二四 → 2024; Arabic digits pass through. */
  public static int digits(String s) {
    StringBuilder b = new StringBuilder();
    for (char c : s.toCharArray()) {
      b.append(digit(c));
    }
    return Integer.parseInt(b.toString());
  }

  /** A value up to 9999 written with 十/百/千 (十二, 二十二, 一百零三) or Arabic digits. */
  public static int value(String s) {
    if (s.chars().allMatch(Character::isDigit)) {
      return Integer.parseInt(s);
    }
    int total = 0;
    int current = 0;
    for (char c : s.toCharArray()) {
      switch (c) {
        case '十' -> {
          total += (current == 0 ? 1 : current) * 10;
          current = 0;
        }
        case '百' -> {
          total += current * 100;
          current = 0;
        }
        case '千' -> {
          total += current * 1000;
          current = 0;
        }
        default -> current = digit(c);
      }
    }
    return total + current;
  }

  private static int digit(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c == '零') {
      return 0;
    }
    if (c == '两') {
      return 2;
    }
    int i = DIGITS.indexOf(c);
    if (i < 0) {
      throw new IllegalArgumentException("不是数字：" + c);
    }
    return i;
  }
}
