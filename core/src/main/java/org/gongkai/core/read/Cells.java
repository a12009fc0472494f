package org.gongkai.core.read;

import java.util.regex.Pattern;

/** What a table cell holds: a count, a decimal, nothing, something that should have been a number, or text. */
final class Cells {
  private static final Pattern INTEGER = Pattern.compile("^[+]?\\d{1,3}(,\\d{3})+$|^[+]?\\d+$");
  private static final Pattern SIGNED = Pattern.compile("^[+-]?\\d+$");
  private static final Pattern DECIMAL = Pattern.compile("^\\d+(\\.\\d+)?$");
  private static final Pattern INVALID = Pattern.compile(
      "^(?:[-—–_/\\\\*×xX?？.。、无空]{1,4}|-?\\d+\\.\\d+|-\\d+|[一二三四五六七八九十零〇两百千万]{1,6})$");

  private Cells() {}

  static String clean(String cell) {
    return Fold.compact(cell);
  }

  static boolean isEmpty(String cell) {
    return clean(cell).isEmpty();
  }

  private static boolean allDigits(String c) {
    for (int i = 0; i < c.length(); i++) {
      char ch = c.charAt(i);
      if (ch < '0' || ch > '9') {
        return false;
      }
    }
    return true;
  }

  static boolean isInteger(String cell) {
    String c = clean(cell);
    if (!c.isEmpty() && allDigits(c)) {
      return true;
    }
    return INTEGER.matcher(clean(cell)).matches();
  }

  static boolean isSigned(String cell) {
    return SIGNED.matcher(clean(cell)).matches();
  }

  static boolean isDecimal(String cell) {
    return DECIMAL.matcher(clean(cell)).matches();
  }

  /** A value that stands where a number should be but is not one (a dash, a Chinese numeral, a fraction). */
  static boolean isInvalid(String cell) {
    return INVALID.matcher(clean(cell)).matches();
  }

  /** Whether a cell belongs to the values of a row rather than starting a new label. */
  static boolean isValue(String cell) {
    String c = clean(cell);
    if (c.isEmpty() || allDigits(c)) {
      return true;
    }
    if (c.length() > 12) {
      return false;
    }
    return INTEGER.matcher(c).matches() || SIGNED.matcher(c).matches() || DECIMAL.matcher(c).matches()
        || INVALID.matcher(c).matches();
  }

  static Integer integer(String cell) {
    String c = clean(cell).replace(",", "").replace("+", "");
    try {
      return Integer.valueOf(c);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
