package org.gongkai.core.read;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Cuts digits whose cell boundaries were lost into a row's cells. Each group of digits (separated by spaces in
 * the source, if at all) is cut into one or more numbers without leading zeros; every way that yields exactly
 * the row's number of cells and passes the row's own arithmetic is a candidate.
 */
final class DigitSplitter {
  /** More candidates than this for one row means the row cannot be read with confidence. */
  static final int MAX_CANDIDATES = 20_000;

  private DigitSplitter() {}

  /**
   * The candidate readings of a row, or {@code null} when there are more than {@link #MAX_CANDIDATES}.
   *
   * @param groups digit strings in order
   * @param cells how many cells the row has
   * @param rowOk the row's own arithmetic (e.g. the six kinds add up to the total)
   */
  static List<int[]> candidates(List<String> groups, int cells, Predicate<int[]> rowOk) {
    int digits = groups.stream().mapToInt(String::length).sum();
    if (digits < cells || groups.size() > cells || digits > 200) {
      return List.of();
    }
    List<int[]> out = new ArrayList<>();
    boolean complete = cut(groups, 0, 0, new long[cells], 0, rowOk, out);
    return complete ? out : null;
  }

  private static boolean cut(List<String> groups, int g, int pos, long[] acc, int filled, Predicate<int[]> ok,
      List<int[]> out) {
    if (g == groups.size()) {
      if (filled == acc.length) {
        int[] row = new int[acc.length];
        for (int i = 0; i < row.length; i++) {
          if (acc[i] > Integer.MAX_VALUE) {
            return true;
          }
          row[i] = (int) acc[i];
        }
        if (ok.test(row)) {
          out.add(row);
          return out.size() <= MAX_CANDIDATES;
        }
      }
      return true;
    }
    String s = groups.get(g);
    if (filled >= acc.length) {
      return true;
    }
    int remainingGroups = groups.size() - g - 1;
    int laterDigits = 0;
    for (int k = g + 1; k < groups.size(); k++) {
      laterDigits += groups.get(k).length();
    }
    for (int len = 1; len <= Math.min(s.length() - pos, 10); len++) {
      if (len > 1 && s.charAt(pos) == '0') {
        break;
      }
      acc[filled] = Long.parseLong(s.substring(pos, pos + len));
      int stillNeeded = acc.length - filled - 1;
      int digitsLeft = s.length() - pos - len + laterDigits;
      if (digitsLeft < stillNeeded) {
        break;
      }
      boolean next;
      if (pos + len == s.length()) {
        next = stillNeeded >= remainingGroups
            && cut(groups, g + 1, 0, acc, filled + 1, ok, out) == false;
      } else {
        next = stillNeeded >= 1 + remainingGroups
            && cut(groups, g, pos + len, acc, filled + 1, ok, out) == false;
      }
      if (next) {
        return false;
      }
    }
    return true;
  }
}
