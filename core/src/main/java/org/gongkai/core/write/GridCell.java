package org.gongkai.core.write;

/**
 * One cell of a template table as drawn: its text, what it holds, and how many rows and columns it covers.
 * A number cell's text is the integer or decimal as printed, or empty when the report lacks it.
 */
record GridCell(String text, Kind kind, int rowSpan, int colSpan) {

  /** What a cell holds, which decides alignment and, in a spreadsheet, the cell type. */
  enum Kind { HEADER, LABEL, NUMBER, DECIMAL }

  GridCell {
    text = text == null ? "" : text;
    if (rowSpan < 1 || colSpan < 1) {
      throw new IllegalArgumentException("span < 1");
    }
  }

  static GridCell header(String text) {
    return new GridCell(text, Kind.HEADER, 1, 1);
  }

  static GridCell header(String text, int rowSpan, int colSpan) {
    return new GridCell(text, Kind.HEADER, rowSpan, colSpan);
  }

  static GridCell label(String text) {
    return new GridCell(text, Kind.LABEL, 1, 1);
  }

  static GridCell label(String text, int rowSpan, int colSpan) {
    return new GridCell(text, Kind.LABEL, rowSpan, colSpan);
  }

  static GridCell number(Integer value) {
    return number(value, 1);
  }

  static GridCell number(Integer value, int colSpan) {
    return new GridCell(value == null ? "" : value.toString(), Kind.NUMBER, 1, colSpan);
  }

  static GridCell decimal(String printed, int colSpan) {
    return new GridCell(printed, Kind.DECIMAL, 1, colSpan);
  }

  /** True for a value cell the report does not give. */
  boolean blank() {
    return text.isEmpty();
  }
}
