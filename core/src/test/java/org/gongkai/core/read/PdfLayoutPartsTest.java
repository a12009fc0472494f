package org.gongkai.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The geometric steps of the PDF front end on hand-placed input. */
class PdfLayoutPartsTest {
  private static PdfLine text(int page, float y, String text) {
    return new PdfLine(page, 842f, y, 12f, List.of(new PdfLine.Cell(72, 300, text)), PdfLine.Type.TEXT);
  }

  @Test
  void pageNumbersAndRepeatedHeadersGoBodyStays() {
    List<PdfLine> lines = List.of(
        text(1, 40, "示例县卫生健康局"), text(1, 300, "正文一"), text(1, 800, "第 1 页 共 3 页"),
        text(2, 40, "示例县卫生健康局"), text(2, 300, "正文二"), text(2, 800, "2/3"),
        text(3, 40, "示例县卫生健康局"), text(3, 300, "3"), text(3, 500, "正文三"), text(3, 810, "— 3 —"));
    assertThat(PdfMargins.strip(lines, 3)).extracting(PdfLine::text)
        .containsExactly("正文一", "正文二", "3", "正文三");
  }

  @Test
  void pageNumberAloneAtTheFootOfAPageEvenOutsideTheMarginBand() {
    List<PdfLine> lines = List.of(text(1, 300, "正文"), text(1, 700, "- 1 -"));
    assertThat(PdfMargins.strip(lines, 1)).extracting(PdfLine::text).containsExactly("正文");
  }

  @Test
  void gridMergesSquaresThatNoRuleSeparates() {
    // A 2 x 3 grid whose first column is one cell over both rows (no rule between them at x 0..100).
    List<PdfRules.Seg> h = List.of(new PdfRules.Seg(100, 0, 300), new PdfRules.Seg(150, 100, 300),
        new PdfRules.Seg(200, 0, 300));
    List<PdfRules.Seg> v = List.of(new PdfRules.Seg(0, 100, 200), new PdfRules.Seg(100, 100, 200),
        new PdfRules.Seg(200, 100, 150), new PdfRules.Seg(200, 150, 200), new PdfRules.Seg(300, 100, 200));
    assertThat(PdfGrid.tables(h, v)).singleElement().asList().containsExactlyInAnyOrder(
        new PdfGrid.Rect(100, 0, 200, 100),
        new PdfGrid.Rect(100, 100, 150, 200), new PdfGrid.Rect(100, 200, 150, 300),
        new PdfGrid.Rect(150, 100, 200, 200), new PdfGrid.Rect(150, 200, 200, 300));
  }

  @Test
  void linesSplitIntoCellsAtWideGapsAndNumbersStandAlone() {
    List<PdfGlyph> glyphs = new java.util.ArrayList<>();
    float x = 50;
    for (char c : "行政许可".toCharArray()) {
      glyphs.add(new PdfGlyph(String.valueOf(c), x, 400, 10, 10));
      x += 10;
    }
    glyphs.add(new PdfGlyph("3", x + 5, 400, 5, 10)); // a word gap only: still its own cell as a number
    glyphs.add(new PdfGlyph("4", 200, 400.5f, 5, 10));
    glyphs.add(new PdfGlyph("6", 205, 400, 5, 10));
    glyphs.add(new PdfGlyph("下", 50, 420, 10, 10));
    List<PdfLine> lines = PdfLines.of(1, 842, glyphs);
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0).cells()).extracting(PdfLine.Cell::text).containsExactly("行政许可", "3", "46");
    assertThat(lines.get(1).text()).isEqualTo("下");
  }
}
