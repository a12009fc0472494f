package org.gongkai.core.check;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How alike two texts are: the Dice coefficient of their character-bigram multisets, 2·|A∩B| / (|A|+|B|), after
 * removing white space, punctuation, symbols and digits (so that changed years and figures do not hide a copy).
 */
final class Similarity {
  private static final Pattern NOISE = Pattern.compile("[\\s\\p{P}\\p{S}\\p{N}]+");

  private Similarity() {}

  /** The text with white space, punctuation, symbols and digits removed. */
  static String core(String text) {
    return text == null ? "" : NOISE.matcher(text).replaceAll("");
  }

  /** 1 for the same text, 0 for texts with no bigram in common (or too short to have one). */
  static double of(String a, String b) {
    String x = core(a);
    String y = core(b);
    if (x.length() < 2 || y.length() < 2) {
      return x.equals(y) && !x.isEmpty() ? 1 : 0;
    }
    Map<Integer, Integer> bigrams = new HashMap<>();
    for (int i = 0; i + 1 < x.length(); i++) {
      bigrams.merge(bigram(x, i), 1, Integer::sum);
    }
    int common = 0;
    for (int i = 0; i + 1 < y.length(); i++) {
      Integer left = bigrams.get(bigram(y, i));
      if (left != null && left > 0) {
        common++;
        bigrams.put(bigram(y, i), left - 1);
      }
    }
    return 2.0 * common / ((x.length() - 1) + (y.length() - 1));
  }

  private static int bigram(String s, int i) {
    return (s.charAt(i) << 16) | s.charAt(i + 1);
  }
}
