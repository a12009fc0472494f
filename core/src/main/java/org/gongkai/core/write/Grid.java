package org.gongkai.core.write;

import java.util.ArrayList;
import java.util.List;

/**
 * A template table as HTML draws it: rows of cells where a cell spanning rows or columns appears once, in the
 * first row and column it covers. HTML, DOCX and XLSX all render this one layout, so they agree exactly.
 *
 * @param columns the table's width in grid columns
 * @param headerRows how many leading rows are column headers (repeated on each page, {@code <thead>})
 * @param weights the relative width of each column
 */
record Grid(int columns, int headerRows, List<Integer> weights, List<List<GridCell>> rows) {

  /** A cell together with the row and column where it starts. */
  record Placed(GridCell cell, int row, int col) {}

  Grid {
    weights = List.copyOf(weights);
    rows = rows.stream().map(List::copyOf).toList();
    if (weights.size() != columns) {
      throw new IllegalArgumentException("weights");
    }
  }

  /**
   * Every cell with its position, found the way a browser lays out rowspan and colspan, together with the cell
   * that covers each grid position ({@code owners[row][col]}).
   */
  Layout layout() {
    Placed[][] owners = new Placed[rows.size()][columns];
    List<Placed> placed = new ArrayList<>();
    for (int r = 0; r < rows.size(); r++) {
      int c = 0;
      for (GridCell cell : rows.get(r)) {
        while (c < columns && owners[r][c] != null) {
          c++;
        }
        if (c + cell.colSpan() > columns || r + cell.rowSpan() > rows.size()) {
          throw new IllegalStateException("cell outside the grid at row " + r);
        }
        Placed p = new Placed(cell, r, c);
        placed.add(p);
        for (int i = r; i < r + cell.rowSpan(); i++) {
          for (int j = c; j < c + cell.colSpan(); j++) {
            if (owners[i][j] != null) {
              throw new IllegalStateException("overlapping cells at row " + i + ", column " + j);
            }
            owners[i][j] = p;
          }
        }
        c += cell.colSpan();
      }
    }
    return new Layout(List.copyOf(placed), owners);
  }

  /** The cells in reading order and the owner of every grid position ({@code null} where none). */
  record Layout(List<Placed> cells, Placed[][] owners) {}
}
