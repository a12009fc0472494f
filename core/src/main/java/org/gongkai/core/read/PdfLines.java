package org.gongkai.core.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/** Groups a page's glyphs into lines by baseline, and each line into cells where a wide horizontal gap falls. */
final class PdfLines {
  /** Baselines closer than this share a line (in font sizes). */
  private static final float SAME_LINE = 0.4f;
  /** A gap wider than this starts a new cell (in font sizes). */
  static final float CELL_GAP = 1.5f;
  /** A gap wider than this, but narrower than a cell gap, is a space between words (in font sizes). */
  private static final float WORD_GAP = 0.25f;
  private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+([.,]\\d+)?%?");

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
    List<List<PdfLine.Cell>> cells = new ArrayList<>();
    List<PdfLine.Cell> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    float x0 = glyphs.get(0).x();
    float end = x0;
    for (PdfGlyph g : glyphs) {
      float gap = g.x() - end;
      if (word.length() > 0 && gap > WORD_GAP * size) {
        words.add(new PdfLine.Cell(x0, end, word.toString()));
        word.setLength(0);
        x0 = g.x();
        if (gap > CELL_GAP * size) {
          cells.add(words);
          words = new ArrayList<>();
        }
      }
      word.append(g.text());
      end = Math.max(end, g.end());
    }
    words.add(new PdfLine.Cell(x0, end, word.toString()));
    cells.add(words);
    return new PdfLine(page, pageHeight, y, size, cells.size() >= 2 ? splitNumbers(cells) : join(cells),
        PdfLine.Type.TEXT);
  }

  /**
   * In a line already cut into cells, numbers that stand apart from the text before them are cells of their
   * own: narrow borderless columns leave less than a cell gap between a label and its first number.
   */
  private static List<PdfLine.Cell> splitNumbers(List<List<PdfLine.Cell>> cells) {
    List<List<PdfLine.Cell>> out = new ArrayList<>();
    for (List<PdfLine.Cell> words : cells) {
      int firstTrailingNumber = words.size();
      while (firstTrailingNumber > 0 && NUMBER.matcher(words.get(firstTrailingNumber - 1).text()).matches()) {
        firstTrailingNumber--;
      }
      if (firstTrailingNumber > 0) {
        out.add(words.subList(0, firstTrailingNumber));
      }
      for (int i = firstTrailingNumber; i < words.size(); i++) {
        out.add(List.of(words.get(i)));
      }
    }
    return join(out);
  }

  private static List<PdfLine.Cell> join(List<List<PdfLine.Cell>> cells) {
    List<PdfLine.Cell> out = new ArrayList<>();
    for (List<PdfLine.Cell> words : cells) {
      StringBuilder text = new StringBuilder();
      for (PdfLine.Cell w : words) {
        if (text.length() > 0) {
          text.append(' ');
        }
        text.append(w.text());
      }
      out.add(new PdfLine.Cell(words.get(0).x0(), words.get(words.size() - 1).x1(), text.toString()));
    }
    return out;
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
