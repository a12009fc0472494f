package org.gongkai.core.write;

import java.util.ArrayList;
import java.util.List;

/**
 * Pages of an official document (GB/T 9704-2012) being filled from top to bottom: A4, 37 mm top, 28 mm left,
 * 156 × 225 mm text block, 3号 (16 pt) body on a 28 pt line. Holds the drawing operations of every page, in PDF
 * points from the paper's bottom-left corner.
 */
final class PdfFlow {
  static final float PAGE_WIDTH = mm(210);
  static final float PAGE_HEIGHT = mm(297);
  static final float LEFT = mm(28);
  static final float TOP = PAGE_HEIGHT - mm(37);
  static final float BOTTOM = mm(35);
  static final float WIDTH = mm(156);
  static final float BODY_PT = 16;
  static final float TITLE_PT = 22;
  static final float LINE = 28;

  /** What a page holds: text runs and ruled lines. */
  sealed interface Op permits Text, Rule {}

  /** A run of printable text with its baseline start, size and extra spacing between characters. */
  record Text(boolean bold, float size, float x, float y, String text, float spacing) implements Op {}

  /** A straight ruled line. */
  record Rule(float x1, float y1, float x2, float y2) implements Op {}

  private final List<List<Op>> pages = new ArrayList<>();
  private float y;

  PdfFlow() {
    newPage();
  }

  static float mm(double mm) {
    return (float) (mm * 72 / 25.4);
  }

  void newPage() {
    pages.add(new ArrayList<>());
    y = TOP;
  }

  List<List<Op>> pages() {
    return pages;
  }

  /** The top of the space not yet used on the current page. */
  float y() {
    return y;
  }

  /** Moves the top of the free space down (a table drew itself above it). */
  void moveTo(float newY) {
    y = newY;
  }

  /** Room left on the current page above the bottom margin. */
  float room() {
    return y - BOTTOM;
  }

  void add(Op op) {
    pages.get(pages.size() - 1).add(op);
  }

  void skip(float height) {
    y -= height;
  }

  /**
   * A paragraph: wrapped to the text block, justified except on its last line, with a first-line indent in
   * characters and a right indent in characters; {@code align} is 'L' (justified), 'C' or 'R'.
   */
  void paragraph(String raw, CjkFont font, boolean bold, float size, float pitch, int indentChars,
      int rightChars, char align) {
    String text = font.printable(raw);
    float first = WIDTH - (indentChars + rightChars) * size;
    float rest = WIDTH - rightChars * size;
    List<String> lines = LineBreaker.wrap(text, font, size, first, rest);
    for (int i = 0; i < lines.size(); i++) {
      if (room() < pitch) {
        newPage();
      }
      String line = lines.get(i);
      float avail = i == 0 ? first : rest;
      float w = font.width(line, size);
      float x = LEFT + (i == 0 ? indentChars * size : 0);
      float spacing = 0;
      if (align == 'C') {
        x = LEFT + (WIDTH - w) / 2;
      } else if (align == 'R') {
        x = LEFT + WIDTH - rightChars * size - w;
      } else if (i < lines.size() - 1) {
        int n = line.codePointCount(0, line.length());
        spacing = n > 1 ? Math.max(0, Math.min(size / 2, (avail - w) / (n - 1))) : 0;
      }
      add(new Text(bold, size, x, baseline(y, pitch, size), line, spacing));
      y -= pitch;
    }
  }

  /** The baseline that centres a line of text of this size in a line box of this pitch whose top is at top. */
  static float baseline(float top, float pitch, float size) {
    return top - pitch / 2 - size * 0.36f;
  }
}
