package org.gongkai.core.read;

/** Text clean-up shared by the front ends. */
final class Texts {
  private Texts() {}

  /** One line: no-break and ideographic spaces count as spaces, runs of white space collapse, ends trimmed. */
  static String clean(String line) {
    StringBuilder out = new StringBuilder(line.length());
    boolean space = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200b' || c == '\ufeff') {
        space = out.length() > 0;
      } else if (!Character.isISOControl(c)) {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  /** A cell's text: each line cleaned, blank lines dropped, lines joined by a line break. */
  static String cleanCell(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    for (String line : text.split("\n")) {
      String cleaned = clean(line);
      if (!cleaned.isEmpty()) {
        if (out.length() > 0) {
          out.append('\n');
        }
        out.append(cleaned);
      }
    }
    return out.toString();
  }

  /** The last path segment of a URL or file path, without query. */
  static String fileName(String src) {
    if (src == null) {
      return "";
    }
    String s = src.strip();
    int q = s.indexOf('?');
    if (q >= 0) {
      s = s.substring(0, q);
    }
    int hash = s.indexOf('#');
    if (hash >= 0) {
      s = s.substring(0, hash);
    }
    if (s.startsWith("data:")) {
      return "";
    }
    int slash = Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\'));
    return s.substring(slash + 1);
  }
}
