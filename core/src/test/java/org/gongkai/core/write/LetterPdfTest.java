package org.gongkai.core.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** A notice written as PDF keeps its text exactly and embeds the Chinese font. */
class LetterPdfTest {
  @Test
  void aNoticeReadsBackWordForWordWithTheFontEmbedded() throws Exception {
    byte[] pdf = ReportWriters.letterPdf("政府信息公开申请补正告知书", "示例县卫健局依申〔2025〕3号",
        List.of("张某某：", "本机关于2025年3月3日收到您的政府信息公开申请。经审查，申请内容不明确，请于2025年3月20日前补正。",
            "如对本告知不服，可以自收到本告知书之日起六十日内申请行政复议，或者在六个月内提起行政诉讼。"),
        "示例县卫生健康局", "2025年3月5日");
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
      assertThat(text).contains("政府信息公开申请补正告知书", "示例县卫健局依申〔2025〕3号", "张某某：",
          "请于2025年3月20日前补正。", "六十日内申请行政复议", "示例县卫生健康局", "2025年3月5日", "—1—");
      // Unified ideographs, never the Kangxi radicals a font maps to the same glyphs.
      assertThat(text.codePoints().filter(c -> c >= 0x2E80 && c <= 0x2FDF)).isEmpty();
      PDFont font = doc.getPage(0).getResources().getFont(
          doc.getPage(0).getResources().getFontNames().iterator().next());
      assertThat(font.isEmbedded()).isTrue();
    }
  }
}
