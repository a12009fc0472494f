package org.gongkai.core.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns the items of all pages into blocks: consecutive bordered rows and lines of two or more cells form one
 * table (across page breaks too, where a row the break cut in two is joined again); a line that only continues
 * the label of the row above is merged into that row; other lines are running text, wrapped lines of one
 * paragraph joined; pictures and pages without a text layer become IMAGE blocks.
 */
final class PdfAssembler {
  private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+([.,]\\d+)?%?");
  /** A wrapped label's next line follows within this many font sizes; a new row or paragraph lies further. */
  private static final float CONTINUATION_GAP = 1.8f;

  /** The start of a numbered heading or item, which always begins a paragraph of its own. */
  private static final Pattern HEADING = Pattern.compile(
      "^(第[一二三四五六七八九十百]+[章节条部分]|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[）)]|\\d+[、.．])");
  /** Without a measured line pitch, consecutive lines of one paragraph are at most this far apart (font sizes). */
  private static final float PARAGRAPH_LINE_GAP = 1.6f;

  private final BlockSink sink;
  private final List<Row> rows = new ArrayList<>();
  private final Map<Integer, Float> rightEdge = new HashMap<>();
  private final Map<Integer, Float> leftEdge = new HashMap<>();
  /** The commonest distance between the baselines of consecutive text lines: the body text's line pitch. */
  private float pitch = Float.NaN;
  private PdfLine paragraphLast;
  private final StringBuilder paragraph = new StringBuilder();

  private static final class Row {
    final int page;
    float y;
    final float size;
    final boolean ruled;
    final List<PdfLine.Cell> cells;

    Row(PdfLine line) {
      ruled = line.ruled();
      page = line.page();
      y = line.y();
      size = line.size();
      cells = new ArrayList<>(line.cells());
    }
  }

  PdfAssembler(BlockSink sink) {
    this.sink = sink;
  }

  void assemble(int pageCount, List<PdfLine> lines, Set<Integer> scannedPages) {
    Map<Integer, Integer> gaps = new HashMap<>();
    PdfLine before = null;
    for (PdfLine line : lines) {
      if (line.type() == PdfLine.Type.TEXT) {
        rightEdge.merge(line.page(), line.cells().get(line.cells().size() - 1).x1(), Math::max);
        leftEdge.merge(line.page(), line.cells().get(0).x0(), Math::min);
        if (before != null && before.page() == line.page() && before.size() == line.size() && line.y() > before.y()) {
          gaps.merge(Math.round(line.y() - before.y()), 1, Integer::sum);
        }
      }
      before = line.type() == PdfLine.Type.TEXT ? line : null;
    }
    gaps.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue()
            .thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder())))
        .ifPresent(e -> pitch = e.getKey());
    int next = 0;
    for (int page = 1; page <= pageCount; page++) {
      if (scannedPages.contains(page)) {
        flushParagraph();
        flushTable();
        sink.image("第" + page + "页无文字层（扫描件）");
      }
      while (next < lines.size() && lines.get(next).page() == page) {
        line(lines.get(next++));
      }
    }
    flushParagraph();
    flushTable();
  }

  private void line(PdfLine line) {
    Row last = rows.isEmpty() ? null : rows.get(rows.size() - 1);
    if (last != null && (continuesLabel(last, line) || continuesAcrossPage(last, line))) {
      mergeInto(last, line);
      return;
    }
    if (line.type() != PdfLine.Type.TEXT || line.cells().size() >= 2) {
      flushParagraph();
    }
    if (line.type() == PdfLine.Type.PICTURE) {
      flushTable();
      sink.image("第" + line.page() + "页的图片");
      return;
    }
    if (line.ruled() || line.cells().size() >= 2) {
      rows.add(new Row(line));
    } else {
      flushTable();
      paragraphLine(line);
    }
  }

  /**
   * Lines wrapped inside one paragraph are joined again: the line before reaches the right edge, this one
   * follows at the body's line pitch, starts at the left edge (not indented) and opens no numbered heading.
   */
  private void paragraphLine(PdfLine line) {
    String text = Texts.clean(line.text());
    if (paragraphLast != null && sameParagraph(paragraphLast, line, text)) {
      char before = paragraph.charAt(paragraph.length() - 1);
      if (isAsciiLetter(before) && isAsciiLetter(text.charAt(0))) {
        paragraph.append(' ');
      }
    } else {
      flushParagraph();
    }
    paragraph.append(text);
    paragraphLast = line;
  }

  private boolean sameParagraph(PdfLine previous, PdfLine line, String text) {
    float size = Math.max(previous.size(), line.size());
    float gap = line.y() - previous.y();
    float previousEnd = previous.cells().get(0).x1();
    float start = line.cells().get(0).x0();
    float maxGap = Float.isNaN(pitch) ? PARAGRAPH_LINE_GAP * size : pitch * 1.15f + 0.5f;
    return previous.page() == line.page()
        && gap > 0 && gap <= maxGap
        && Math.abs(previous.size() - line.size()) <= 0.5f
        && previousEnd >= rightEdge.getOrDefault(line.page(), previousEnd) - 3 * size
        && start <= leftEdge.getOrDefault(line.page(), start) + size
        && !text.isEmpty() && !HEADING.matcher(text).find();
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private void flushParagraph() {
    if (paragraph.length() > 0) {
      sink.text(paragraph.toString());
      paragraph.setLength(0);
    }
    paragraphLast = null;
  }

  /**
   * The line lies close under a row with numbers and has text only left of that row's first number: it is
   * the rest of a label that wrapped inside its cell.
   */
  private static boolean continuesLabel(Row row, PdfLine line) {
    if (row.ruled || line.ruled() || row.page != line.page() || line.y() - row.y > CONTINUATION_GAP * Math.max(row.size, line.size())) {
      return false;
    }
    float firstNumber = Float.NaN;
    for (PdfLine.Cell c : row.cells) {
      if (NUMBER.matcher(c.text()).matches()) {
        firstNumber = c.x0();
        break;
      }
    }
    if (Float.isNaN(firstNumber) || row.cells.get(0).x0() >= firstNumber) {
      return false;
    }
    for (PdfLine.Cell c : line.cells()) {
      if (c.x1() > firstNumber || NUMBER.matcher(c.text()).matches()) {
        return false;
      }
    }
    return true;
  }

  /**
   * A bordered row that a page break cut in two: the first row on the new page holds no number, only the rest
   * of the labels of the last row of the page before.
   */
  private static boolean continuesAcrossPage(Row row, PdfLine line) {
    if (!row.ruled || !line.ruled() || line.page() != row.page + 1) {
      return false;
    }
    boolean rowHasNumber = false;
    for (PdfLine.Cell c : row.cells) {
      rowHasNumber |= NUMBER.matcher(c.text()).matches();
    }
    for (PdfLine.Cell c : line.cells()) {
      if (NUMBER.matcher(c.text()).matches()) {
        return false;
      }
    }
    return rowHasNumber;
  }

  /** Each piece goes to the cell above it that it overlaps most, or becomes a cell of its own in x order. */
  private static void mergeInto(Row row, PdfLine line) {
    for (PdfLine.Cell piece : line.cells()) {
      if (piece.text().isEmpty()) {
        continue;
      }
      int best = -1;
      float bestOverlap = 0;
      for (int i = 0; i < row.cells.size(); i++) {
        PdfLine.Cell c = row.cells.get(i);
        float overlap = Math.min(c.x1(), piece.x1()) - Math.max(c.x0(), piece.x0());
        if (overlap > bestOverlap) {
          bestOverlap = overlap;
          best = i;
        }
      }
      if (best >= 0) {
        PdfLine.Cell c = row.cells.get(best);
        row.cells.set(best, new PdfLine.Cell(Math.min(c.x0(), piece.x0()), Math.max(c.x1(), piece.x1()),
            c.text() + "\n" + piece.text()));
      } else {
        int at = 0;
        while (at < row.cells.size() && row.cells.get(at).x0() < piece.x0()) {
          at++;
        }
        row.cells.add(at, piece);
      }
    }
    row.y = line.y();
  }

  private void flushTable() {
    if (rows.isEmpty()) {
      return;
    }
    sink.marker(Block.Kind.TABLE_START);
    for (Row row : rows) {
      sink.marker(Block.Kind.ROW_START);
      for (PdfLine.Cell c : row.cells) {
        sink.cell(c.text());
      }
      sink.marker(Block.Kind.ROW_END);
    }
    sink.marker(Block.Kind.TABLE_END);
    rows.clear();
  }
}
