package org.gongkai.server.request;

/** How personal data looks on screen to those who do not need it in full, e.g. 110***********1234, 138****5678. */
final class Masking {
  private Masking() {}

  /** First 3 and last 4 characters kept; the rest starred. */
  static String idNumber(String s) {
    return keep(s, 3, 4);
  }

  /** First 3 and last 4 digits kept. */
  static String phone(String s) {
    return keep(s, 3, 4);
  }

  /** The first 6 characters (usually province, city and district) kept, the rest hidden. */
  static String address(String s) {
    if (s == null || s.isEmpty()) {
      return s;
    }
    int shown = Math.min(6, s.length() / 2);
    return s.substring(0, shown) + "****";
  }

  /** The first letter of the local part and the domain kept. */
  static String email(String s) {
    if (s == null || s.isEmpty()) {
      return s;
    }
    int at = s.indexOf('@');
    return at <= 0 ? keep(s, 1, 0) : s.charAt(0) + "***" + s.substring(at);
  }

  private static String keep(String s, int head, int tail) {
    if (s == null || s.isEmpty()) {
      return s;
    }
    int[] cp = s.codePoints().toArray();
    if (cp.length <= head + tail) {
      return "*".repeat(cp.length);
    }
    StringBuilder b = new StringBuilder();
    b.appendCodePoint(cp[0]);
    for (int i = 1; i < head; i++) {
      b.appendCodePoint(cp[i]);
    }
    b.append("*".repeat(cp.length - head - tail));
    for (int i = cp.length - tail; i < cp.length; i++) {
      b.appendCodePoint(cp[i]);
    }
    return b.toString();
  }
}
