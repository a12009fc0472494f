package org.gongkai.core.write;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.gongkai.core.report.AnnualReport;
import org.gongkai.core.write.PdfFlow.Op;
import org.gongkai.core.write.ReportLayout.Part;

/**
 * A PDF laid out as an official document under GB/T 9704-2012: A4, the standard margins, a bold title, body text
 * in 3号, the three tables ruled with merged header cells, and page numbers “— N —” (odd pages on the right, even
 * on the left, one character in). Chinese text is drawn with an embedded subset of Noto Serif SC, so it renders
 * anywhere and extracts as the same characters.
 */
final class PdfWriter {
  private static final Pattern LEVEL2 = Pattern.compile("^[（(][一二三四五六七八九十]+[）)].*");
  private static final float PAGE_NUMBER_PT = 14;

  private PdfWriter() {}

  static byte[] write(AnnualReport r) {
    if (!CjkFont.available()) {
      throw new IllegalStateException(CjkFont.MISSING);
    }
    PdfFlow flow = layout(r);
    pageNumbers(flow);
    return render(flow, r.title(), r.agency());
  }

  /**
   * A notice (告知书) in the official layout: the title, the document number, the body paragraphs (indented two
   * characters, except a salutation ending in ：), and the issuing body with the date at the foot.
   */
  static byte[] letter(String title, String number, List<String> paragraphs, String issuer, String date) {
    if (!CjkFont.available()) {
      throw new IllegalStateException(CjkFont.MISSING);
    }
    PdfFlow flow = new PdfFlow();
    CjkFont regular = CjkFont.regular();
    CjkFont bold = CjkFont.bold();
    flow.paragraph(title, bold, true, PdfFlow.TITLE_PT, 36, 0, 0, 'C');
    if (number != null && !number.isBlank()) {
      flow.paragraph(number, regular, false, PdfFlow.BODY_PT, PdfFlow.LINE, 0, 0, 'C');
    }
    flow.skip(PdfFlow.LINE);
    for (String p : paragraphs) {
      if (!p.isBlank()) {
        flow.paragraph(p, regular, false, PdfFlow.BODY_PT, PdfFlow.LINE, p.endsWith("：") ? 0 : 2, 0, 'L');
      }
    }
    flow.skip(2 * PdfFlow.LINE);
    for (String line : new String[] {issuer, date}) {
      if (line != null && !line.isBlank()) {
        flow.paragraph(line, regular, false, PdfFlow.BODY_PT, PdfFlow.LINE, 0, 4, 'R');
      }
    }
    pageNumbers(flow);
    return render(flow, title, issuer);
  }

  private static PdfFlow layout(AnnualReport r) {
    PdfFlow flow = new PdfFlow();
    CjkFont regular = CjkFont.regular();
    CjkFont bold = CjkFont.bold();
    boolean closed = false;
    for (Part part : ReportLayout.parts(r)) {
      if (part instanceof ReportLayout.Title t) {
        flow.paragraph(t.text(), bold, true, PdfFlow.TITLE_PT, 36, 0, 0, 'C');
        flow.skip(PdfFlow.LINE);
      } else if (part instanceof ReportLayout.Paragraph p) {
        // Second-level headings such as （一）… keep their own line and stand out in bold.
        boolean level2 = LEVEL2.matcher(p.text()).matches() && p.text().length() <= 30
            && p.text().indexOf('。') < 0;
        flow.paragraph(p.text(), level2 ? bold : regular, level2, PdfFlow.BODY_PT, PdfFlow.LINE, 2, 0, 'L');
      } else if (part instanceof ReportLayout.Heading h) {
        // A heading never stands alone at the foot of a page.
        if (flow.room() < 4 * PdfFlow.LINE) {
          flow.newPage();
        }
        flow.paragraph(h.text(), bold, true, PdfFlow.BODY_PT, PdfFlow.LINE, 2, 0, 'L');
      } else if (part instanceof ReportLayout.Table t) {
        PdfTable.draw(ReportLayout.grid(r, t.id()), flow);
      } else if (part instanceof ReportLayout.Picture) {
        flow.paragraph(ReportLayout.PICTURE, regular, false, PdfFlow.BODY_PT, PdfFlow.LINE, 0, 0, 'C');
      } else if (part instanceof ReportLayout.Signature || part instanceof ReportLayout.DateLine) {
        String text = part instanceof ReportLayout.Signature s ? s.text() : ((ReportLayout.DateLine) part).text();
        if (!closed) {
          // The issuing body and the date stand two lines below the text, four characters in from the right.
          flow.skip(2 * PdfFlow.LINE);
          closed = true;
        }
        flow.paragraph(text, regular, false, PdfFlow.BODY_PT, PdfFlow.LINE, 0, 4, 'R');
      }
    }
    return flow;
  }

  private static void pageNumbers(PdfFlow flow) {
    CjkFont font = CjkFont.regular();
    List<List<Op>> pages = flow.pages();
    // The number's top edge lies 7 mm below the text block.
    float y = PdfFlow.BOTTOM - PdfFlow.mm(7) - PAGE_NUMBER_PT * 0.88f;
    for (int i = 0; i < pages.size(); i++) {
      String text = "— " + (i + 1) + " —";
      float w = font.width(text, PAGE_NUMBER_PT);
      boolean odd = i % 2 == 0;
      float x = odd ? PdfFlow.LEFT + PdfFlow.WIDTH - PAGE_NUMBER_PT - w : PdfFlow.LEFT + PAGE_NUMBER_PT;
      pages.get(i).add(new PdfFlow.Text(false, PAGE_NUMBER_PT, x, y, text, 0));
    }
  }

  private static byte[] render(PdfFlow flow, String title, String author) {
    SortedSet<Integer> regularChars = new TreeSet<>();
    SortedSet<Integer> boldChars = new TreeSet<>();
    for (List<Op> page : flow.pages()) {
      for (Op op : page) {
        if (op instanceof PdfFlow.Text t) {
          t.text().codePoints().forEach((t.bold() ? boldChars : regularChars)::add);
        }
      }
    }
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDType0Font regular = font(doc, CjkFont.regular(), regularChars);
      PDType0Font bold = boldChars.isEmpty() ? regular : font(doc, CjkFont.bold(), boldChars);
      for (List<Op> ops : flow.pages()) {
        PDPage page = new PDPage(new PDRectangle(PdfFlow.PAGE_WIDTH, PdfFlow.PAGE_HEIGHT));
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
          cs.setLineWidth(0.6f);
          for (Op op : ops) {
            if (op instanceof PdfFlow.Rule l) {
              cs.moveTo(l.x1(), l.y1());
              cs.lineTo(l.x2(), l.y2());
            }
          }
          cs.stroke();
          for (Op op : ops) {
            if (op instanceof PdfFlow.Text t && !t.text().isEmpty()) {
              cs.beginText();
              cs.setFont(t.bold() ? bold : regular, t.size());
              cs.setCharacterSpacing(t.spacing());
              cs.newLineAtOffset(t.x(), t.y());
              cs.showText(t.text());
              cs.endText();
            }
          }
        }
      }
      PDDocumentInformation info = doc.getDocumentInformation();
      if (title != null) {
        info.setTitle(title);
      }
      if (author != null) {
        info.setAuthor(author);
      }
      info.setProducer("Gongkai");
      doc.getDocumentCatalog().setLanguage("zh-CN");
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException("无法生成 PDF：" + e.getMessage(), e);
    }
  }

  /** The document's subset of one weight, embedded whole (it is already cut to the document's characters). */
  private static PDType0Font font(PDDocument doc, CjkFont font, SortedSet<Integer> chars) throws IOException {
    if (chars.isEmpty()) {
      chars.add((int) ' ');
    }
    return PDType0Font.load(doc, new ByteArrayInputStream(font.subset(chars)), false);
  }
}
