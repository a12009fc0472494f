package org.gongkai.core.write;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks printable text into lines of a given width the way Chinese typesetting does: between any two Chinese
 * characters, never inside a run of Latin letters or digits, never before closing punctuation (，。、）” …) and
 * never after opening punctuation (（“《 …).
 */
final class LineBreaker {
  private static final String NO_START = "，。、；：？！）》」』〕】”’,.;:?!)%…—";
  private static final String NO_END = "（《「『〔【“‘(";

  private LineBreaker() {}

  static List<String> wrap(String text, CjkFont font, float size, float firstWidth, float width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    float limit = firstWidth;
    for (String token : tokens(text)) {
      String candidate = line + token;
      if (line.length() > 0 && font.width(candidate.stripTrailing(), size) > limit) {
        lines.add(line.toString().strip());
        line.setLength(0);
        limit = width;
        token = token.stripLeading();
      }
      // A single token wider than the whole line (a long number or URL) is cut by character.
      while (font.width(token, size) > limit && token.length() > 1) {
        int cut = fit(token, font, size, limit);
        lines.add(token.substring(0, cut));
        token = token.substring(cut);
        limit = width;
      }
      line.append(token);
    }
    if (line.length() > 0 || lines.isEmpty()) {
      lines.add(line.toString().strip());
    }
    return lines;
  }

  private static int fit(String token, CjkFont font, float size, float limit) {
    int cut = token.offsetByCodePoints(0, 1);
    while (cut < token.length()) {
      int next = token.offsetByCodePoints(cut, 1);
      if (font.width(token.substring(0, next), size) > limit) {
        break;
      }
      cut = next;
    }
    return cut;
  }

  /** Unbreakable pieces: one Chinese character, or a Latin word, with the punctuation that clings to it. */
  static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    StringBuilder pending = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      int end = i + Character.charCount(cp);
      if (latin(cp)) {
        while (end < text.length() && latin(text.codePointAt(end))) {
          end += Character.charCount(text.codePointAt(end));
        }
      }
      String piece = text.substring(i, end);
      i = end;
      if (NO_START.indexOf(piece.codePointAt(0)) >= 0 && !tokens.isEmpty() && pending.length() == 0) {
        tokens.set(tokens.size() - 1, tokens.get(tokens.size() - 1) + piece);
      } else if (NO_END.indexOf(piece.codePointAt(0)) >= 0) {
        pending.append(piece);
      } else {
        tokens.add(pending + piece);
        pending.setLength(0);
      }
    }
    if (pending.length() > 0) {
      tokens.add(pending.toString());
    }
    return tokens;
  }

  private static boolean latin(int cp) {
    return cp < 0x2E80 && cp != ' ' && NO_START.indexOf(cp) < 0 && NO_END.indexOf(cp) < 0
        || cp == '.' || cp == '%';
  }
}
