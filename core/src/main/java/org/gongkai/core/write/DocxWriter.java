package org.gongkai.core.write;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.gongkai.core.report.AnnualReport;
import org.gongkai.core.write.ReportLayout.Part;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * A Word document laid out as an official document under GB/T 9704-2012 (党政机关公文格式): A4, the standard
 * margins, 2号 小标宋 title, 3号 仿宋 body on a fixed 28-point line, 黑体 and 楷体 headings, page numbers as
 * “— N —”, and the three tables as real Word tables with merged cells.
 */
final class DocxWriter {
  static final String TITLE_FONT = "方正小标宋简体";
  static final String BODY_FONT = "仿宋_GB2312";
  static final String HEADING1_FONT = "黑体";
  static final String HEADING2_FONT = "楷体_GB2312";
  static final String PAGE_NUMBER_FONT = "宋体";
  static final double TITLE_PT = 22;
  static final double BODY_PT = 16;
  static final double PAGE_NUMBER_PT = 14;
  static final double TABLE_PT = 10.5;
  /** Fixed line pitch, 28 pt, in twentieths of a point. */
  static final int LINE_TWIPS = 560;

  static final int PAGE_WIDTH = twips(210);
  static final int PAGE_HEIGHT = twips(297);
  static final int MARGIN_TOP = twips(37);
  static final int MARGIN_BOTTOM = twips(35);
  static final int MARGIN_LEFT = twips(28);
  static final int MARGIN_RIGHT = twips(26);
  static final int TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;

  /** A paragraph that opens with a second-level number such as （一）. */
  private static final Pattern LEVEL2 = Pattern.compile("^[（(][一二三四五六七八九十]+[）)]");

  private DocxWriter() {}

  static int twips(double mm) {
    return (int) Math.round(mm * 1440 / 25.4);
  }

  static byte[] write(AnnualReport r) {
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      page(doc);
      for (Part part : ReportLayout.parts(r)) {
        if (part instanceof ReportLayout.Title t) {
          XWPFParagraph p = paragraph(doc, ParagraphAlignment.CENTER, false);
          p.setSpacingAfter(LINE_TWIPS);
          run(p, t.text(), TITLE_FONT, TITLE_PT);
        } else if (part instanceof ReportLayout.Paragraph p) {
          narrative(doc, p.text());
        } else if (part instanceof ReportLayout.Heading h) {
          run(paragraph(doc, ParagraphAlignment.BOTH, true), h.text(), HEADING1_FONT, BODY_PT);
        } else if (part instanceof ReportLayout.Table t) {
          table(doc, ReportLayout.grid(r, t.id()));
        } else if (part instanceof ReportLayout.Picture) {
          run(paragraph(doc, ParagraphAlignment.CENTER, false), ReportLayout.PICTURE, BODY_FONT, BODY_PT);
        } else if (part instanceof ReportLayout.Signature s) {
          closing(doc, s.text(), true);
        } else if (part instanceof ReportLayout.DateLine d) {
          closing(doc, d.text(), !(r.signature() != null && !r.signature().isBlank()));
        }
      }
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("无法生成 Word 文档：" + e.getMessage(), e);
    }
  }

  private static void page(XWPFDocument doc) {
    CTSectPr sect = doc.getDocument().getBody().isSetSectPr()
        ? doc.getDocument().getBody().getSectPr() : doc.getDocument().getBody().addNewSectPr();
    CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
    size.setW(BigInteger.valueOf(PAGE_WIDTH));
    size.setH(BigInteger.valueOf(PAGE_HEIGHT));
    size.setOrient(STPageOrientation.PORTRAIT);
    CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
    mar.setTop(BigInteger.valueOf(MARGIN_TOP));
    mar.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
    mar.setLeft(BigInteger.valueOf(MARGIN_LEFT));
    mar.setRight(BigInteger.valueOf(MARGIN_RIGHT));
    mar.setHeader(BigInteger.valueOf(twips(15)));
    // The page number's rule sits 7 mm below the text block, i.e. 28 mm above the paper's edge.
    mar.setFooter(BigInteger.valueOf(twips(25)));
    mar.setGutter(BigInteger.ZERO);
    // Odd pages carry the number on the right, even pages on the left, each one character in.
    doc.setEvenAndOddHeadings(true);
    pageNumber(doc.createFooter(HeaderFooterType.DEFAULT), ParagraphAlignment.RIGHT);
    pageNumber(doc.createFooter(HeaderFooterType.EVEN), ParagraphAlignment.LEFT);
  }

  private static void pageNumber(XWPFFooter footer, ParagraphAlignment align) {
    XWPFParagraph p = footer.getParagraphs().isEmpty() ? footer.createParagraph() : footer.getParagraphs().get(0);
    p.setAlignment(align);
    int oneChar = (int) Math.round(PAGE_NUMBER_PT * 20);
    if (align == ParagraphAlignment.RIGHT) {
      p.setIndentationRight(oneChar);
    } else {
      p.setIndentationLeft(oneChar);
    }
    run(p, "— ", PAGE_NUMBER_FONT, PAGE_NUMBER_PT);
    run(p, null, PAGE_NUMBER_FONT, PAGE_NUMBER_PT).getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
    run(p, null, PAGE_NUMBER_FONT, PAGE_NUMBER_PT).getCTR().addNewInstrText().setStringValue(" PAGE ");
    run(p, null, PAGE_NUMBER_FONT, PAGE_NUMBER_PT).getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
    run(p, "1", PAGE_NUMBER_FONT, PAGE_NUMBER_PT);
    run(p, null, PAGE_NUMBER_FONT, PAGE_NUMBER_PT).getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
    run(p, " —", PAGE_NUMBER_FONT, PAGE_NUMBER_PT);
  }

  /** A body paragraph; one that opens with （一） has its heading sentence in 楷体. */
  private static void narrative(XWPFDocument doc, String text) {
    XWPFParagraph p = paragraph(doc, ParagraphAlignment.BOTH, true);
    Matcher m = LEVEL2.matcher(text);
    if (!m.find()) {
      run(p, text, BODY_FONT, BODY_PT);
      return;
    }
    int stop = text.indexOf('。');
    if (stop < 0 || stop == text.length() - 1) {
      run(p, text, HEADING2_FONT, BODY_PT);
    } else {
      run(p, text.substring(0, stop + 1), HEADING2_FONT, BODY_PT);
      run(p, text.substring(stop + 1), BODY_FONT, BODY_PT);
    }
  }

  private static void closing(XWPFDocument doc, String text, boolean first) {
    XWPFParagraph p = paragraph(doc, ParagraphAlignment.RIGHT, false);
    // 成文日期 and the issuing body stand four characters in from the right, two blank lines below the text.
    p.setIndentationRight((int) Math.round(4 * BODY_PT * 20));
    p.setIndentationRightChars(400);
    if (first) {
      p.setSpacingBefore(2 * LINE_TWIPS);
    }
    run(p, text, BODY_FONT, BODY_PT);
  }

  private static XWPFParagraph paragraph(XWPFDocument doc, ParagraphAlignment align, boolean indent) {
    XWPFParagraph p = doc.createParagraph();
    p.setAlignment(align);
    p.setSpacingBefore(0);
    p.setSpacingAfter(0);
    p.setSpacingBetween(LINE_TWIPS / 20.0, LineSpacingRule.EXACT);
    if (indent) {
      p.setIndentationFirstLine((int) Math.round(2 * BODY_PT * 20));
      CTInd ind = p.getCTP().getPPr().getInd();
      ind.setFirstLineChars(BigInteger.valueOf(200));
    }
    return p;
  }

  private static XWPFRun run(XWPFParagraph p, String text, String font, double size) {
    XWPFRun run = p.createRun();
    for (XWPFRun.FontCharRange range : XWPFRun.FontCharRange.values()) {
      run.setFontFamily(font, range);
    }
    run.setFontSize(size);
    if (text != null) {
      run.setText(XmlChars.clean(text));
    }
    return run;
  }

  private static void table(XWPFDocument doc, Grid grid) {
    XWPFTable table = doc.createTable();
    table.setTableAlignment(TableRowAlign.CENTER);
    XWPFTable.XWPFBorderType single = XWPFTable.XWPFBorderType.SINGLE;
    table.setTopBorder(single, 4, 0, "000000");
    table.setBottomBorder(single, 4, 0, "000000");
    table.setLeftBorder(single, 4, 0, "000000");
    table.setRightBorder(single, 4, 0, "000000");
    table.setInsideHBorder(single, 4, 0, "000000");
    table.setInsideVBorder(single, 4, 0, "000000");
    CTTblPr pr = table.getCTTbl().getTblPr();
    CTTblWidth width = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
    width.setType(STTblWidth.DXA);
    width.setW(BigInteger.valueOf(TEXT_WIDTH));
    (pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout()).setType(STTblLayoutType.FIXED);

    int[] cols = columnWidths(grid);
    CTTblGrid tg = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid()
        : table.getCTTbl().getTblGrid();
    while (tg.sizeOfGridColArray() > 0) {
      tg.removeGridCol(0);
    }
    for (int w : cols) {
      tg.addNewGridCol().setW(BigInteger.valueOf(w));
    }

    Grid.Layout layout = grid.layout();
    Grid.Placed[][] owners = layout.owners();
    for (int r = 0; r < grid.rows().size(); r++) {
      XWPFTableRow row = table.insertNewTableRow(r + 1);
      if (r < grid.headerRows()) {
        row.setRepeatHeader(true);
      }
      row.setCantSplitRow(true);
      int c = 0;
      while (c < grid.columns()) {
        Grid.Placed owner = owners[r][c];
        GridCell cell = owner.cell();
        XWPFTableCell tc = row.addNewTableCell();
        CTTcPr tcPr = tc.getCTTc().isSetTcPr() ? tc.getCTTc().getTcPr() : tc.getCTTc().addNewTcPr();
        CTTblWidth tcW = tcPr.addNewTcW();
        tcW.setType(STTblWidth.DXA);
        tcW.setW(BigInteger.valueOf(span(cols, c, cell.colSpan())));
        if (cell.colSpan() > 1) {
          tcPr.addNewGridSpan().setVal(BigInteger.valueOf(cell.colSpan()));
        }
        if (cell.rowSpan() > 1) {
          tcPr.addNewVMerge().setVal(owner.row() == r ? STMerge.RESTART : STMerge.CONTINUE);
        }
        tc.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
        XWPFParagraph p = tc.getParagraphs().get(0);
        p.setAlignment(cell.kind() == GridCell.Kind.LABEL ? ParagraphAlignment.LEFT : ParagraphAlignment.CENTER);
        p.setSpacingBefore(0);
        p.setSpacingAfter(0);
        p.setSpacingBetween(1.0, LineSpacingRule.AUTO);
        if (owner.row() == r && !cell.text().isEmpty()) {
          run(p, cell.text(), BODY_FONT, TABLE_PT);
        }
        c += cell.colSpan();
      }
    }
    table.removeRow(0);
  }

  private static int[] columnWidths(Grid grid) {
    List<Integer> weights = grid.weights();
    int total = weights.stream().mapToInt(Integer::intValue).sum();
    int[] cols = new int[weights.size()];
    int used = 0;
    for (int i = 0; i < cols.length; i++) {
      cols[i] = TEXT_WIDTH * weights.get(i) / total;
      used += cols[i];
    }
    cols[cols.length - 1] += TEXT_WIDTH - used;
    return cols;
  }

  private static int span(int[] cols, int from, int count) {
    int w = 0;
    for (int i = from; i < from + count; i++) {
      w += cols[i];
    }
    return w;
  }
}
