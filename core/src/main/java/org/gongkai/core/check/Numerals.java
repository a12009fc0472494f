package org.gongkai.core.check;

/** Values of the numbers narratives use: Arabic digits or Chinese numerals (三, 十二, 两, 零, 一百零五, 二〇二三). */
final class Numerals {
  static final String CHINESE_DIGITS = "零〇一二两三四五六七八九十百千万";

  private Numerals() {}

  /** The value of a run of Arabic digits or Chinese numerals, or -1 if it is not one or exceeds int. */
  static long value(String s) {
    if (s.isEmpty()) {
      return -1;
    }
    if (Character.isDigit(s.charAt(0))) {
      return s.length() > 9 ? -1 : Long.parseLong(s);
    }
    boolean units = s.chars().anyMatch(c -> c == '十' || c == '百' || c == '千' || c == '万');
    if (!units) {
      long v = 0;
      for (int i = 0; i < s.length(); i++) {
        int d = digit(s.charAt(i));
        if (d < 0 || i >= 9) {
          return -1;
        }
        v = v * 10 + d;
      }
      return v;
    }
    long total = 0;
    long section = 0;
    long number = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int d = digit(c);
      if (d >= 0) {
        number = d;
      } else if (c == '万') {
        total += (section + number) * 10_000;
        section = 0;
        number = 0;
      } else {
        int unit = c == '十' ? 10 : c == '百' ? 100 : c == '千' ? 1000 : -1;
        if (unit < 0) {
          return -1;
        }
        section += (number == 0 ? 1 : number) * unit;
        number = 0;
      }
    }
    return total + section + number;
  }

  private static int digit(char c) {
    return switch (c) {
      case '零', '〇' -> 0;
      case '一' -> 1;
      case '二', '两' -> 2;
      case '三' -> 3;
      case '四' -> 4;
      case '五' -> 5;
      case '六' -> 6;
      case '七' -> 7;
      case '八' -> 8;
      case '九' -> 9;
      default -> -1;
    };
  }
}
