package org.gongkai.core.write;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.core.report.AnnualReport;
import org.gongkai.core.write.ReportLayout.TableId;

/**
 * A workbook with one sheet per table in the template's shape: the report title on the first row, then the
 * table with its merged headers, counts as numeric cells, missing cells blank and borders throughout.
 */
final class XlsxWriter {
  static final Map<TableId, String> SHEETS = Map.of(
      TableId.PROACTIVE, "表一 主动公开",
      TableId.REQUESTS, "表二 申请情况",
      TableId.APPEALS, "表三 复议诉讼");
  /** The first spreadsheet row of a table (row 0 holds the title). */
  static final int FIRST_ROW = 1;
  private static final double CHARS_PER_WEIGHT = 1.5;
  private static final float LINE_POINTS = 15f;
  private static final int MAX_CELL_CHARS = 32_767;
  /** A decimal Excel shows exactly as printed: plain digits, at most fifteen of them. */
  private static final Pattern PLAIN_DECIMAL = Pattern.compile("-?\\d{1,15}(\\.\\d{1,15})?");

  private XlsxWriter() {}

  static byte[] write(AnnualReport r) {
    try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Styles styles = new Styles(wb);
      for (TableId id : TableId.values()) {
        XSSFSheet sheet = wb.createSheet(SHEETS.get(id));
        sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.getPrintSetup().setLandscape(id != TableId.PROACTIVE);
        Grid grid = ReportLayout.present(r, id) ? ReportLayout.grid(r, id) : null;
        int columns = grid == null ? 4 : grid.columns();
        XSSFCell title = sheet.createRow(0).createCell(0);
        title.setCellValue(text(r.title() == null || r.title().isBlank() ? "政府信息公开工作年度报告" : r.title().strip()));
        title.setCellStyle(styles.title());
        sheet.getRow(0).setHeightInPoints(2 * LINE_POINTS);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, columns - 1));
        if (grid != null) {
          table(sheet, grid, styles);
        } else {
          if (ReportLayout.pictured(r, id)) {
            sheet.createRow(FIRST_ROW).createCell(0).setCellValue(ReportLayout.PICTURE);
          }
          for (int c = 0; c < columns; c++) {
            sheet.setColumnWidth(c, 16 * 256);
          }
        }
      }
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("无法生成 Excel 工作簿：" + e.getMessage(), e);
    }
  }

  private static void table(XSSFSheet sheet, Grid grid, Styles styles) {
    double[] widths = new double[grid.columns()];
    for (int c = 0; c < grid.columns(); c++) {
      widths[c] = grid.weights().get(c) * CHARS_PER_WEIGHT;
      sheet.setColumnWidth(c, (int) Math.round(widths[c] * 256));
    }
    Grid.Layout layout = grid.layout();
    Grid.Placed[][] owners = layout.owners();
    for (int r = 0; r < owners.length; r++) {
      XSSFRow row = sheet.createRow(FIRST_ROW + r);
      int lines = 1;
      for (int c = 0; c < grid.columns(); c++) {
        Grid.Placed owner = owners[r][c];
        XSSFCell cell = row.createCell(c);
        boolean origin = owner.row() == r && owner.col() == c;
        GridCell g = owner.cell();
        if (origin) {
          value(cell, g, styles);
          if (g.rowSpan() == 1) {
            lines = Math.max(lines, lines(g.text(), widths, c, g.colSpan()));
          }
        } else {
          cell.setCellStyle(styles.of(g.kind(), null));
        }
      }
      row.setHeightInPoints(lines * LINE_POINTS);
    }
    for (Grid.Placed p : layout.cells()) {
      if (p.cell().rowSpan() > 1 || p.cell().colSpan() > 1) {
        sheet.addMergedRegion(new CellRangeAddress(FIRST_ROW + p.row(), FIRST_ROW + p.row() + p.cell().rowSpan() - 1,
            p.col(), p.col() + p.cell().colSpan() - 1));
      }
    }
  }

  private static void value(XSSFCell cell, GridCell g, Styles styles) {
    switch (g.kind()) {
      case NUMBER -> {
        cell.setCellStyle(styles.of(g.kind(), "0"));
        if (!g.blank()) {
          cell.setCellValue(Integer.parseInt(g.text()));
        }
      }
      case DECIMAL -> {
        String printed = g.text().strip();
        if (printed.isEmpty()) {
          cell.setCellStyle(styles.of(g.kind(), "0"));
        } else if (PLAIN_DECIMAL.matcher(printed).matches() && exact(printed)) {
          BigDecimal d = new BigDecimal(printed);
          cell.setCellStyle(styles.of(g.kind(), d.scale() > 0 ? "0." + "0".repeat(d.scale()) : "0"));
          cell.setCellValue(d.doubleValue());
        } else {
          cell.setCellStyle(styles.of(GridCell.Kind.HEADER, null));
          cell.setCellValue(text(printed));
        }
      }
      default -> {
        cell.setCellStyle(styles.of(g.kind(), null));
        cell.setCellValue(text(g.text()));
      }
    }
  }

  /** Text a cell can hold: XML-safe and within Excel's 32,767 characters. */
  private static String text(String s) {
    String clean = XmlChars.clean(s);
    return clean.length() > MAX_CELL_CHARS ? clean.substring(0, MAX_CELL_CHARS) : clean;
  }

  /** True when a double holds the printed decimal exactly as Excel will show it. */
  private static boolean exact(String printed) {
    BigDecimal d = new BigDecimal(printed);
    return d.precision() <= 15 && new BigDecimal(Double.toString(d.doubleValue())).compareTo(d) == 0;
  }

  /** Lines a text needs in the columns it spans, counting a CJK character as two widths. */
  private static int lines(String text, double[] widths, int from, int span) {
    double room = 0;
    for (int i = from; i < from + span; i++) {
      room += widths[i];
    }
    double need = text.codePoints().mapToDouble(cp -> cp < 0x2E80 ? 1 : 2).sum() + 1;
    return Math.max(1, (int) Math.ceil(need / Math.max(1, room)));
  }

  /** The workbook's cell styles, made once each. */
  private static final class Styles {
    private final XSSFWorkbook wb;
    private final Map<String, XSSFCellStyle> made = new HashMap<>();
    private final XSSFFont font;
    private XSSFCellStyle title;

    Styles(XSSFWorkbook wb) {
      this.wb = wb;
      this.font = wb.createFont();
      font.setFontName("宋体");
      font.setFontHeightInPoints((short) 11);
    }

    XSSFCellStyle title() {
      if (title == null) {
        XSSFFont bold = wb.createFont();
        bold.setFontName("宋体");
        bold.setBold(true);
        bold.setFontHeightInPoints((short) 14);
        title = wb.createCellStyle();
        title.setFont(bold);
        title.setAlignment(HorizontalAlignment.CENTER);
        title.setVerticalAlignment(VerticalAlignment.CENTER);
        title.setWrapText(true);
      }
      return title;
    }

    XSSFCellStyle of(GridCell.Kind kind, String format) {
      return made.computeIfAbsent(kind + "|" + format, k -> {
        XSSFCellStyle s = wb.createCellStyle();
        s.setFont(font);
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        s.setVerticalAlignment(VerticalAlignment.CENTER);
        s.setAlignment(kind == GridCell.Kind.LABEL ? HorizontalAlignment.LEFT : HorizontalAlignment.CENTER);
        s.setWrapText(true);
        if (format != null) {
          s.setDataFormat(wb.createDataFormat().getFormat(format));
        }
        return s;
      });
    }
  }
}
