package org.gongkai.core.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Drops what a printed page repeats in its margins: page numbers (— 2 —, 第 2 页, 2/5, Page 2 of 5) and
 * running headers or footers that recur on most pages, so that a table split across pages reads as one.
 */
final class PdfMargins {
  /** Share of the page height, at top and at bottom, where headers and footers stand. */
  private static final float BAND = 0.075f;
  private static final Pattern PAGE_NUMBER = Pattern.compile(
      "[-—–－~～\\s]*\\d{1,4}[-—–－~～\\s]*"
          + "|第\\s*\\d{1,4}\\s*页(\\s*[,，/]?\\s*共\\s*\\d{1,4}\\s*页)?"
          + "|共\\s*\\d{1,4}\\s*页\\s*[,，]?\\s*第\\s*\\d{1,4}\\s*页"
          + "|\\d{1,4}\\s*/\\s*\\d{1,4}"
          + "|(?i)page\\s*\\d{1,4}(\\s*of\\s*\\d{1,4})?");

  private PdfMargins() {}

  static List<PdfLine> strip(List<PdfLine> lines, int pageCount) {
    Map<String, Set<Integer>> pagesByText = new HashMap<>();
    for (PdfLine line : lines) {
      if (line.type() == PdfLine.Type.TEXT && inBand(line)) {
        pagesByText.computeIfAbsent(shape(line), k -> new HashSet<>()).add(line.page());
      }
    }
    Map<Integer, float[]> extent = new HashMap<>();
    for (PdfLine line : lines) {
      if (line.type() != PdfLine.Type.TEXT) {
        continue;
      }
      float[] e = extent.computeIfAbsent(line.page(), k -> new float[] {Float.MAX_VALUE, -Float.MAX_VALUE});
      e[0] = Math.min(e[0], line.y());
      e[1] = Math.max(e[1], line.y());
    }
    List<PdfLine> kept = new ArrayList<>();
    for (PdfLine line : lines) {
      if (line.type() != PdfLine.Type.TEXT) {
        kept.add(line);
        continue;
      }
      float[] e = extent.get(line.page());
      boolean edge = line.y() == e[0] || line.y() == e[1];
      if ((edge || inBand(line)) && PAGE_NUMBER.matcher(Texts.clean(line.text())).matches()) {
        continue;
      }
      if (inBand(line)) {
        int repeats = pagesByText.get(shape(line)).size();
        if (pageCount >= 2 && repeats >= 2 && repeats * 2 >= pageCount) {
          continue;
        }
      }
      kept.add(line);
    }
    return kept;
  }

  private static boolean inBand(PdfLine line) {
    float h = line.pageHeight() > 0 ? line.pageHeight() : 842f;
    return line.y() < h * BAND || line.y() > h * (1 - BAND);
  }

  /** A margin line's text with its numbers blanked, so that "第 2 页" and "第 3 页" count as the same header. */
  private static String shape(PdfLine line) {
    return Texts.clean(line.text()).replaceAll("\\d+", "#");
  }
}
