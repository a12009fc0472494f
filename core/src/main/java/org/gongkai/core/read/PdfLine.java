package org.gongkai.core.read;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One item of a page in reading order: a printed line (its baseline, typical font size and the cells its
 * horizontal gaps separate), a row of a table drawn with borders (y is the row's top edge), or a picture (y is
 * its top edge, the one cell its name).
 */
record PdfLine(int page, float pageHeight, float y, float size, List<Cell> cells, Type type) {
  /** What the item is. */
  enum Type { TEXT, RULED_ROW, PICTURE }

  boolean ruled() {
    return type == Type.RULED_ROW;
  }

  /** A run of text on the line with its horizontal extent. */
  record Cell(float x0, float x1, String text) {}

  String text() {
    return cells.stream().map(Cell::text).collect(Collectors.joining(" "));
  }
}
