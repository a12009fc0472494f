package org.gongkai.core.read;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Collects every page's glyphs with their positions, checking the time budget as it goes. */
final class PdfGlyphReader extends PDFTextStripper {
  /** More glyphs than any report has; a page stream that draws more is hostile or broken. */
  private static final int MAX_GLYPHS = 5_000_000;

  /** The glyphs of one page (positions in the page's text direction, y measured down from the top). */
  record Page(int number, PDPage page, float height, List<PdfGlyph> glyphs) {}

  private final BlockSink budget;
  private final List<Page> pages = new ArrayList<>();
  private List<PdfGlyph> current = new ArrayList<>();
  private int glyphCount;

  PdfGlyphReader(BlockSink budget) {
    this.budget = budget;
    setSortByPosition(false);
    setSuppressDuplicateOverlappingText(true);
  }

  List<Page> read(PDDocument doc) throws IOException {
    pages.clear();
    writeText(doc, new StringWriter());
    return List.copyOf(pages);
  }

  @Override
  protected void startPage(PDPage page) {
    budget.checkTime();
    current = new ArrayList<>();
  }

  @Override
  protected void processTextPosition(TextPosition text) {
    if ((++glyphCount & 0x3FF) == 0) {
      budget.checkTime();
    }
    if (glyphCount > MAX_GLYPHS) {
      throw new ReadLimitException("PDF 文字过多，文件可能已损坏，已停止读取");
    }
    super.processTextPosition(text);
  }

  @Override
  protected void writePage() {
    for (List<TextPosition> article : getCharactersByArticle()) {
      for (TextPosition t : article) {
        String s = t.getUnicode();
        if (s != null && !s.isBlank()) {
          current.add(new PdfGlyph(s, t.getXDirAdj(), t.getYDirAdj(), t.getWidthDirAdj(), sizeOf(t)));
        }
      }
    }
  }

  @Override
  protected void endPage(PDPage page) {
    pages.add(new Page(getCurrentPageNo(), page, page.getMediaBox().getHeight(), current));
  }

  private static float sizeOf(TextPosition t) {
    float size = t.getFontSizeInPt();
    if (!(size > 0) || size > 500) {
      size = t.getHeightDir();
    }
    return size > 0 && size < 500 ? size : 10f;
  }
}
