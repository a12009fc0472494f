package org.gongkai.core.write;

/** Removes what XML 1.0 cannot carry (control characters, lone surrogates), which text read from PDFs may hold. */
final class XmlChars {
  private XmlChars() {}

  static String clean(String s) {
    if (s == null || s.codePoints().allMatch(XmlChars::allowed)) {
      return s;
    }
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints().filter(XmlChars::allowed).forEach(b::appendCodePoint);
    return b.toString();
  }

  private static boolean allowed(int cp) {
    return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD)
        || (cp >= 0x10000 && cp <= 0x10FFFF);
  }
}
