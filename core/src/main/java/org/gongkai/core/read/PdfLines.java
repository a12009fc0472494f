package org.gongkai.core.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Groups a page's glyphs into lines by baseline, and each line into cells where a wide horizontal gap falls. */
final class PdfLines {
  /** Baselines closer than this share a line (in font sizes). */
  private static final float SAME_LINE = 0.4f;
  /** A gap wider than this starts a new cell (in font sizes). */
  static final float CELL_GAP = 1.5f;
  /** A gap wider than this, but narrower than a cell gap, is a space between words (in font sizes). */
  private static final float WORD_GAP = 0.25f;

  private PdfLines() {}

  static List<PdfLine> of(int page, float pageHeight, List<PdfGlyph> glyphs) {
    List<PdfGlyph> sorted = new ArrayList<>(glyphs);
    sorted.sort(Comparator.comparingDouble(PdfGlyph::y).thenComparingDouble(PdfGlyph::x));
    List<PdfLine> lines = new ArrayList<>();
    List<PdfGlyph> current = new ArrayList<>();
    float baseline = 0;
    float size = 0;
    for (PdfGlyph g : sorted) {
      if (!current.isEmpty() && Math.abs(g.y() - baseline) > SAME_LINE * Math.max(size, g.size())) {
        lines.add(line(page, pageHeight, current));
        current = new ArrayList<>();
      }
      if (current.isEmpty()) {
        baseline = g.y();
        size = g.size();
      }
      current.add(g);
    }
    if (!current.isEmpty()) {
      lines.add(line(page, pageHeight, current));
    }
    return lines;
  }

  static PdfLine line(int page, float pageHeight, List<PdfGlyph> glyphs) {
    glyphs.sort(Comparator.comparingDouble(PdfGlyph::x));
    float size = medianSize(glyphs);
    float y = glyphs.get(0).y();
    List<PdfLine.Cell> cells = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    float x0 = glyphs.get(0).x();
    float end = x0;
    for (PdfGlyph g : glyphs) {
      float gap = g.x() - end;
      if (text.length() > 0 && gap > CELL_GAP * size) {
        cells.add(new PdfLine.Cell(x0, end, text.toString()));
        text.setLength(0);
        x0 = g.x();
      } else if (text.length() > 0 && gap > WORD_GAP * size) {
        text.append(' ');
      }
      text.append(g.text());
      end = Math.max(end, g.end());
    }
    cells.add(new PdfLine.Cell(x0, end, text.toString()));
    return new PdfLine(page, pageHeight, y, size, cells, PdfLine.Type.TEXT);
  }

  private static float medianSize(List<PdfGlyph> glyphs) {
    float[] sizes = new float[glyphs.size()];
    for (int i = 0; i < sizes.length; i++) {
      sizes[i] = glyphs.get(i).size();
    }
    java.util.Arrays.sort(sizes);
    return sizes[sizes.length / 2];
  }
}
