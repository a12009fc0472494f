package org.gongkai.core.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.gongkai.core.read.ReportReader;
import org.gongkai.core.report.AnnualReport;
import org.gongkai.core.report.Section;
import org.junit.jupiter.api.Test;

class PdfWriterTest {
  private static final AnnualReport REPORT = SampleReport.format2021();

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc);
    }
  }

  private static String squeezed(String s) {
    return s.replaceAll("\\s+", "");
  }

  @Test
  void chineseTextExtractsAsTheUnifiedIdeographsWritten() throws IOException {
    String text = text(ReportWriters.write(REPORT, OutputFormat.PDF));
    assertThat(squeezed(text)).contains(SampleReport.TITLE);
    assertThat(text).contains("一、总体情况", "（一）予以公开",
        "二、主动公开政府信息情况", "第二十条第（一）项", "行政规范性文件", "— 1 —", "2024年1月22日");
    // 一 and 工 share their glyphs with the Kangxi radicals ⼀ (U+2F00) and ⼯ (U+2F2F); those must never come back.
    assertThat(text.codePoints().filter(cp -> cp >= 0x2E80 && cp <= 0x2FDF).count()).isZero();
    assertThat(text).contains("工作").doesNotContain("\u2F2F", "\u2F00");
    String flat = squeezed(text);
    for (Section s : REPORT.sections()) {
      for (String line : s.text().lines().toList()) {
        assertThat(flat).contains(squeezed(line));
      }
    }
    assertThat(flat).contains("根据《条例》规定，编制本报告。", "199.43");
  }

  @Test
  void bothWeightsAreEmbeddedAsTaggedSubsetsOfNotoSerifSc() throws IOException {
    byte[] pdf = ReportWriters.write(REPORT, OutputFormat.PDF);
    List<String> names = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      for (PDPage page : doc.getPages()) {
        for (var name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          assertThat(font).isInstanceOf(PDType0Font.class);
          PDType0Font t0 = (PDType0Font) font;
          assertThat(t0.isEmbedded()).isTrue();
          assertThat(t0.getDescendantFont().getFontDescriptor().getFontFile2()).isNotNull();
          names.add(font.getName());
        }
      }
      assertThat(doc.getPage(0).getMediaBox().getWidth()).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(0.1f));
      assertThat(doc.getPage(0).getMediaBox().getHeight()).isCloseTo(841.9f, org.assertj.core.data.Offset.offset(0.1f));
    }
    assertThat(names).allMatch(n -> n.matches("[A-Z]{6}\\+NotoSerifSC-(Regular|Bold)"));
    assertThat(names).anyMatch(n -> n.endsWith("Regular")).anyMatch(n -> n.endsWith("Bold"));
    // A subset, not the 14 MB font.
    assertThat(pdf.length).isLessThan(400_000);
  }

  @Test
  void everyPageIsNumberedAndTheTablesReadBackAsWritten() throws Exception {
    byte[] pdf = ReportWriters.write(REPORT, OutputFormat.PDF);
    int pages;
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      pages = doc.getNumberOfPages();
      PDFTextStripper stripper = new PDFTextStripper();
      for (int p = 1; p <= pages; p++) {
        stripper.setStartPage(p);
        stripper.setEndPage(p);
        assertThat(stripper.getText(doc)).contains("— " + p + " —");
      }
    }
    assertThat(pages).isGreaterThanOrEqualTo(2);
    AnnualReport back = ReportReader.read("report.pdf", pdf);
    assertThat(back.title()).isEqualTo(REPORT.title());
    assertThat(back.proactive()).isEqualTo(REPORT.proactive());
    assertThat(back.requests()).isEqualTo(REPORT.requests());
    assertThat(back.appeals()).isEqualTo(REPORT.appeals());
  }

  @Test
  void aRenderedPageShowsInk() throws IOException {
    byte[] pdf = ReportWriters.write(REPORT, OutputFormat.PDF);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFRenderer renderer = new PDFRenderer(doc);
      Path dir = Files.createDirectories(Path.of("target", "pdf-preview"));
      for (int p = 0; p < doc.getNumberOfPages(); p++) {
        BufferedImage image = renderer.renderImageWithDPI(p, 72);
        ImageIO.write(image, "png", dir.resolve("page" + (p + 1) + ".png").toFile());
        if (p == 0) {
          assertThat(darkPixels(image)).isGreaterThan(2000);
        }
      }
    }
  }

  @Test
  void theFormat2019ReportIsWrittenToo() throws IOException {
    String text = squeezed(text(ReportWriters.write(SampleReport.format2019(), OutputFormat.PDF)));
    assertThat(text).contains("政府集中采购", "（六）其他处理");
  }

  private static long darkPixels(BufferedImage image) {
    long dark = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y);
        int lum = ((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) / 3;
        if (lum < 100) {
          dark++;
        }
      }
    }
    return dark;
  }
}
