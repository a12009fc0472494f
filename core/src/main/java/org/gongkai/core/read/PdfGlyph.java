package org.gongkai.core.read;

/** One drawn character: its text, left edge, baseline (from the top), width and font size, all in points. */
record PdfGlyph(String text, float x, float y, float width, float size) {
  float end() {
    return x + Math.max(width, 0);
  }
}
