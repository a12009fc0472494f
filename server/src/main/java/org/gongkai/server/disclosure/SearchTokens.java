package org.gongkai.server.disclosure;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The text rules search shares with publishing: the normalised search text stored with each item (lower case, full
 * width folded), and which typed words can be searched at all (those giving at least one bigram (二元分词) of Chinese
 * characters or one word of letters or digits, the same pieces {@link SearchIndex}'s analysis makes).
 */
final class SearchTokens {
  static final int MAX_WORD = 40;

  private SearchTokens() {}

  /** The distinct tokens of a text. */
  static Set<String> of(String text) {
    Set<String> out = new LinkedHashSet<>();
    if (text == null) {
      return out;
    }
    String s = normalise(text);
    int i = 0;
    while (i < s.length()) {
      int c = s.codePointAt(i);
      if (isHan(c)) {
        int j = i;
        StringBuilder run = new StringBuilder();
        while (j < s.length() && isHan(s.codePointAt(j))) {
          run.appendCodePoint(s.codePointAt(j));
          j += Character.charCount(s.codePointAt(j));
        }
        int[] cps = run.codePoints().toArray();
        for (int k = 0; k + 1 < cps.length; k++) {
          out.add(new String(cps, k, 2));
        }
        i = j;
      } else if (Character.isLetterOrDigit(c)) {
        int j = i;
        while (j < s.length() && Character.isLetterOrDigit(s.codePointAt(j)) && !isHan(s.codePointAt(j))) {
          j += Character.charCount(s.codePointAt(j));
        }
        String word = s.substring(i, j);
        out.add(word.length() > MAX_WORD ? word.substring(0, MAX_WORD) : word);
        i = j;
      } else {
        i += Character.charCount(c);
      }
    }
    return out;
  }

  /** Lower case, full-width letters and digits folded to ASCII, so that search and stored text agree. */
  static String normalise(String text) {
    StringBuilder b = new StringBuilder(text.length());
    text.codePoints().forEach(c -> b.appendCodePoint(c >= 0xFF01 && c <= 0xFF5E ? c - 0xFEE0 : c));
    return b.toString().toLowerCase(Locale.ROOT);
  }

  static boolean isHan(int c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }
}
