package org.gongkai.core.write;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.core.write.Grid.Placed;

/**
 * Draws a template table into a {@link PdfFlow} as a ruled table: merged header cells drawn as one box, text
 * wrapped inside its cell, rows that do not fit carried to the next page.
 */
final class PdfTable {
  static final float SIZE = 10.5f;
  static final float LEADING = SIZE * 1.3f;
  static final float PAD = 3;

  private final Grid grid;
  private final Grid.Layout layout;
  private final CjkFont font = CjkFont.regular();
  private final float[] widths;
  private final float[] heights;
  private final List<List<String>> lines = new ArrayList<>();

  private PdfTable(Grid grid) {
    this.grid = grid;
    this.layout = grid.layout();
    int total = grid.weights().stream().mapToInt(Integer::intValue).sum();
    widths = new float[grid.columns()];
    for (int c = 0; c < widths.length; c++) {
      widths[c] = PdfFlow.WIDTH * grid.weights().get(c) / total;
    }
    heights = new float[grid.rows().size()];
    java.util.Arrays.fill(heights, LEADING + 2 * PAD);
    for (Placed p : layout.cells()) {
      float inner = span(widths, p.col(), p.cell().colSpan()) - 2 * PAD;
      String text = font.printable(p.cell().text());
      List<String> wrapped = text.isBlank() ? List.of() : LineBreaker.wrap(text, font, SIZE, inner, inner);
      lines.add(wrapped);
      if (p.cell().rowSpan() == 1) {
        heights[p.row()] = Math.max(heights[p.row()], wrapped.size() * LEADING + 2 * PAD);
      }
    }
    for (int i = 0; i < layout.cells().size(); i++) {
      Placed p = layout.cells().get(i);
      if (p.cell().rowSpan() > 1) {
        float need = lines.get(i).size() * LEADING + 2 * PAD;
        float have = span(heights, p.row(), p.cell().rowSpan());
        if (need > have) {
          heights[p.row() + p.cell().rowSpan() - 1] += need - have;
        }
      }
    }
  }

  static void draw(Grid grid, PdfFlow flow) {
    new PdfTable(grid).draw(flow);
  }

  /**
   * Draws the table page by page. The header rows start on the same page as the first row under them; they are
   * not repeated after a page break, because the project's own PDF reader (and others like it) then reads the row
   * before the break as part of a second table.
   */
  private void draw(PdfFlow flow) {
    int n = heights.length;
    int r = 0;
    do {
      int keep = r == 0 ? Math.min(n, grid.headerRows() + 1) : r + 1;
      if (flow.room() < span(heights, r, keep - r)) {
        flow.newPage();
      }
      float top = flow.y();
      List<Integer> rows = new ArrayList<>();
      float used = 0;
      // At least the rows that must stay together, so a block taller than a page cannot stall the loop.
      while (r < n && (r < keep || used + heights[r] <= flow.room())) {
        rows.add(r);
        used += heights[r];
        r++;
      }
      segment(flow, rows, top);
      flow.moveTo(top - used);
    } while (r < n);
    flow.skip(PdfFlow.LINE / 2);
  }

  /** Draws the given rows, stacked from top, with every cell that covers one of them. */
  private void segment(PdfFlow flow, List<Integer> rows, float top) {
    float[] tops = new float[heights.length];
    java.util.Arrays.fill(tops, Float.NaN);
    float y = top;
    for (int row : rows) {
      tops[row] = y;
      y -= heights[row];
    }
    for (int i = 0; i < layout.cells().size(); i++) {
      Placed p = layout.cells().get(i);
      int firstRow = -1;
      int lastRow = -1;
      for (int row = p.row(); row < p.row() + p.cell().rowSpan(); row++) {
        if (!Float.isNaN(tops[row])) {
          firstRow = firstRow < 0 ? row : firstRow;
          lastRow = row;
        }
      }
      if (firstRow < 0) {
        continue;
      }
      float x = PdfFlow.LEFT + span(widths, 0, p.col());
      float w = span(widths, p.col(), p.cell().colSpan());
      float cellTop = tops[firstRow];
      float bottom = tops[lastRow] - heights[lastRow];
      box(flow, x, cellTop, x + w, bottom);
      // A cell split by a page break carries its text in the part where it starts.
      if (firstRow == p.row()) {
        text(flow, p.cell(), lines.get(i), x, w, cellTop, cellTop - bottom);
      }
    }
  }

  private void text(PdfFlow flow, GridCell cell, List<String> wrapped, float x, float w, float top, float h) {
    float blockTop = top - (h - wrapped.size() * LEADING) / 2;
    for (int k = 0; k < wrapped.size(); k++) {
      String line = wrapped.get(k);
      float lw = font.width(line, SIZE);
      float lx = cell.kind() == GridCell.Kind.LABEL ? x + PAD : x + (w - lw) / 2;
      flow.add(new PdfFlow.Text(false, SIZE, lx, PdfFlow.baseline(blockTop - k * LEADING, LEADING, SIZE), line, 0));
    }
  }

  private static void box(PdfFlow flow, float x1, float y1, float x2, float y2) {
    flow.add(new PdfFlow.Rule(x1, y1, x2, y1));
    flow.add(new PdfFlow.Rule(x1, y2, x2, y2));
    flow.add(new PdfFlow.Rule(x1, y1, x1, y2));
    flow.add(new PdfFlow.Rule(x2, y1, x2, y2));
  }

  private static float span(float[] sizes, int from, int count) {
    float s = 0;
    for (int i = from; i < from + count; i++) {
      s += sizes[i];
    }
    return s;
  }
}
