package org.gongkai.core.read;

import java.text.Normalizer;

/**
 * Fast width folding for labels and cells: full-width ASCII becomes ASCII and white space goes, which is all that
 * NFKC changes in almost every report; the full (slow) NFKC runs only for the rare text that has other
 * compatibility characters (enclosed numbers, Kangxi radicals, compatibility ideographs).
 */
final class Fold {
  private Fold() {}

  /** Folded text without any white space. */
  static String compact(String s) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (needsFullNormalization(c)) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("\\s+", "");
      }
      char f = fold(c);
      boolean drop = Character.isWhitespace(f) || f == '\u00a0';
      if (b == null && (drop || f != c)) {
        b = new StringBuilder(s.length());
        b.append(s, 0, i);
      }
      if (b != null && !drop) {
        b.append(f);
      }
    }
    return b == null ? s : b.toString();
  }

  static char fold(char c) {
    if (c >= '\uFF01' && c <= '\uFF5E') {
      return (char) (c - 0xFEE0);
    }
    return c == '\u3000' ? ' ' : c;
  }

  private static boolean needsFullNormalization(char c) {
    return c >= '\u2460' && c <= '\u24FF' || c >= '\u2E80' && c <= '\u2FDF' || c >= '\u3200' && c <= '\u33FF'
        || c >= '\uF900' && c <= '\uFAFF' || c >= '\u2160' && c <= '\u217F' || c == '\u00b2' || c == '\u00b3'
        || c == '\u00b9' || c >= '\uFE30' && c <= '\uFE6F';
  }
}
