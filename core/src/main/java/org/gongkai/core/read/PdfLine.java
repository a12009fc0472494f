package org.gongkai.core.read;

import java.util.List;
import java.util.stream.Collectors;

/** One printed line of a page: its baseline, typical font size and the cells its horizontal gaps separate. */
record PdfLine(int page, float pageHeight, float y, float size, List<Cell> cells) {
  /** A run of text on the line with its horizontal extent. */
  record Cell(float x0, float x1, String text) {}

  String text() {
    return cells.stream().map(Cell::text).collect(Collectors.joining(" "));
  }
}
