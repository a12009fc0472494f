package org.gongkai.core.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns the lines of all pages into blocks: consecutive lines of two or more cells form one table (across page
 * breaks too), a line that only continues the label of the row above is merged into that row, other lines are
 * running text, and a page without a text layer becomes a picture.
 */
final class PdfAssembler {
  private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+([.,]\\d+)?%?");
  /** A wrapped label's next line follows within this many font sizes; a new row or paragraph lies further. */
  private static final float CONTINUATION_GAP = 1.8f;

  private final BlockSink sink;
  private final List<Row> rows = new ArrayList<>();

  private static final class Row {
    final int page;
    float y;
    final float size;
    final List<PdfLine.Cell> cells;

    Row(PdfLine line) {
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
    int next = 0;
    for (int page = 1; page <= pageCount; page++) {
      if (scannedPages.contains(page)) {
        flushTable();
        sink.image("第" + page + "页无文字层（扫描件）");
      }
      while (next < lines.size() && lines.get(next).page() == page) {
        line(lines.get(next++));
      }
    }
    flushTable();
  }

  private void line(PdfLine line) {
    Row last = rows.isEmpty() ? null : rows.get(rows.size() - 1);
    if (last != null && continuesLabel(last, line)) {
      mergeInto(last, line);
      return;
    }
    if (line.cells().size() >= 2) {
      rows.add(new Row(line));
    } else {
      flushTable();
      sink.text(line.text());
    }
  }

  /**
   * The line lies close under a row with numbers and has text only left of that row's first number: it is
   * the rest of a label that wrapped inside its cell.
   */
  private static boolean continuesLabel(Row row, PdfLine line) {
    if (row.page != line.page() || line.y() - row.y > CONTINUATION_GAP * Math.max(row.size, line.size())) {
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

  /** Each piece goes to the cell above it that it overlaps most, or becomes a cell of its own in x order. */
  private static void mergeInto(Row row, PdfLine line) {
    for (PdfLine.Cell piece : line.cells()) {
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
