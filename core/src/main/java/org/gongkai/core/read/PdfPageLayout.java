package org.gongkai.core.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lays out one page: glyphs inside the cells of a ruled table become that table's rows (a merged cell once, in
 * the row where it starts; a blank cell empty), all other glyphs become lines, everything in reading order.
 */
final class PdfPageLayout {
  /** Cell tops closer than this belong to one row. */
  private static final float SAME_ROW = 1.5f;
  /** How far above its baseline a glyph's middle lies, in font sizes. */
  private static final float MIDDLE = 0.3f;

  private PdfPageLayout() {}

  static List<PdfLine> lines(PdfGlyphReader.Page page, PdfRules rules) {
    List<PdfLine> out = new ArrayList<>();
    List<PdfGlyph> free = new ArrayList<>(page.glyphs());
    for (List<PdfGrid.Rect> table : PdfGrid.tables(rules.horizontal(), rules.vertical())) {
      Map<PdfGrid.Rect, List<PdfGlyph>> byCell = new LinkedHashMap<>();
      table.forEach(cell -> byCell.put(cell, new ArrayList<>()));
      List<PdfGlyph> rest = new ArrayList<>();
      for (PdfGlyph g : free) {
        PdfGrid.Rect home = null;
        for (PdfGrid.Rect cell : table) {
          if (cell.contains(g.x() + g.width() / 2, g.y() - MIDDLE * g.size())) {
            home = cell;
            break;
          }
        }
        if (home == null) {
          rest.add(g);
        } else {
          byCell.get(home).add(g);
        }
      }
      // A lone bordered box is a frame around text, not a table.
      if (table.size() < 2) {
        continue;
      }
      free = rest;
      out.addAll(rows(page, byCell));
    }
    out.addAll(PdfLines.of(page.number(), page.height(), free));
    for (PdfGrid.Rect picture : rules.pictures()) {
      out.add(new PdfLine(page.number(), page.height(), picture.top(), 10f,
          List.of(new PdfLine.Cell(picture.left(), picture.right(), "")), PdfLine.Type.PICTURE));
    }
    out.sort(Comparator.comparingDouble(PdfLine::y));
    return out;
  }

  private static List<PdfLine> rows(PdfGlyphReader.Page page, Map<PdfGrid.Rect, List<PdfGlyph>> byCell) {
    List<PdfGrid.Rect> cells = new ArrayList<>(byCell.keySet());
    cells.sort(Comparator.comparingDouble(PdfGrid.Rect::top).thenComparingDouble(PdfGrid.Rect::left));
    List<PdfLine> rows = new ArrayList<>();
    List<PdfLine.Cell> row = new ArrayList<>();
    float top = Float.NaN;
    float size = 0;
    for (PdfGrid.Rect cell : cells) {
      if (!row.isEmpty() && cell.top() - top > SAME_ROW) {
        rows.add(new PdfLine(page.number(), page.height(), top, size > 0 ? size : 10f, row, PdfLine.Type.RULED_ROW));
        row = new ArrayList<>();
        size = 0;
      }
      if (row.isEmpty()) {
        top = cell.top();
      }
      List<PdfGlyph> glyphs = byCell.get(cell);
      for (PdfGlyph g : glyphs) {
        size = Math.max(size, g.size());
      }
      row.add(new PdfLine.Cell(cell.left(), cell.right(), text(page, glyphs)));
    }
    if (!row.isEmpty()) {
      rows.add(new PdfLine(page.number(), page.height(), top, size > 0 ? size : 10f, row, PdfLine.Type.RULED_ROW));
    }
    return rows;
  }

  /** A cell's text: its lines joined by line breaks. */
  private static String text(PdfGlyphReader.Page page, List<PdfGlyph> glyphs) {
    StringBuilder out = new StringBuilder();
    for (PdfLine line : PdfLines.of(page.number(), page.height(), glyphs)) {
      if (out.length() > 0) {
        out.append('\n');
      }
      out.append(line.text());
    }
    return out.toString();
  }
}
