package org.gongkai.core.read;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** PDF test documents built with PDFBox: scanned pages, encrypted and damaged files. */
public final class PdfFixtures {
  private PdfFixtures() {}

  /** A grey test card, standing in for a scan. */
  static byte[] png(int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        image.getRaster().setSample(x, y, 0, (x * 7 + y * 3) & 0xFF);
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /**
   * A report scanned to PDF: every page one picture and no text layer. {@code textPages} lists pages (1-based)
   * that carry a line of text instead; {@code blankPages} pages that carry nothing.
   */
  public static byte[] scanned(int pages, java.util.Set<Integer> textPages, java.util.Set<Integer> blankPages) {
    try (PDDocument doc = new PDDocument()) {
      byte[] png = png(200, 280);
      for (int i = 1; i <= pages; i++) {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        if (blankPages.contains(i)) {
          continue;
        }
        try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
          if (textPages.contains(i)) {
            content.beginText();
            content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
            content.newLineAtOffset(72, 700);
            content.showText("Annual report 2023");
            content.endText();
          } else {
            content.drawImage(PDImageXObject.createFromByteArray(doc, png, "scan.png"), 0, 0, 595, 842);
          }
        }
      }
      return save(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A one-page PDF that needs a user password to open. */
  public static byte[] encrypted() {
    return encrypted(scanned(1, java.util.Set.of(1), java.util.Set.of()), "user-secret");
  }

  /** The document encrypted with this user password (empty: anyone may open it, only the owner may change it). */
  static byte[] encrypted(byte[] pdf, String userPassword) {
    try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      AccessPermission permissions = new AccessPermission();
      permissions.setCanExtractContent(false);
      StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", userPassword, permissions);
      policy.setEncryptionKeyLength(128);
      doc.protect(policy);
      return save(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] save(PDDocument doc) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    doc.save(out);
    return out.toByteArray();
  }
}
