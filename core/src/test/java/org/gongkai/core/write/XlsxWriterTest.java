package org.gongkai.core.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.core.report.AnnualReport;
import org.junit.jupiter.api.Test;

class XlsxWriterTest {
  private static XSSFWorkbook book(AnnualReport r) throws IOException {
    return new XSSFWorkbook(new ByteArrayInputStream(ReportWriters.write(r, OutputFormat.XLSX)));
  }

  private static Cell cell(XSSFSheet s, int row, int col) {
    return s.getRow(row).getCell(col);
  }

  private static CellRangeAddress range(int r1, int r2, int c1, int c2) {
    return new CellRangeAddress(r1, r2, c1, c2);
  }

  @Test
  void threeNamedSheetsEachWithTheTitleOnTheFirstRow() throws IOException {
    try (XSSFWorkbook wb = book(SampleReport.format2021())) {
      assertThat(wb.getNumberOfSheets()).isEqualTo(3);
      assertThat(wb.getSheetName(0)).isEqualTo("表一 主动公开");
      assertThat(wb.getSheetName(1)).isEqualTo("表二 申请情况");
      assertThat(wb.getSheetName(2)).isEqualTo("表三 复议诉讼");
      for (int i = 0; i < 3; i++) {
        assertThat(cell(wb.getSheetAt(i), 0, 0).getStringCellValue()).isEqualTo(SampleReport.TITLE);
      }
      assertThat(wb.getSheetAt(1).getMergedRegions()).contains(range(0, 0, 0, 9));
      assertThat(wb.getSheetAt(2).getMergedRegions()).contains(range(0, 0, 0, 14));
    }
  }

  @Test
  void tableOneHasNumericCellsBlanksAndTheFeeAsADecimal() throws IOException {
    try (XSSFWorkbook wb = book(SampleReport.format2021())) {
      XSSFSheet s = wb.getSheetAt(0);
      assertThat(cell(s, 1, 0).getStringCellValue()).isEqualTo("第二十条第（一）项");
      assertThat(s.getMergedRegions()).contains(range(1, 1, 0, 3), range(6, 6, 1, 3), range(14, 14, 1, 3));
      assertThat(cell(s, 4, 0).getStringCellValue()).isEqualTo("行政规范性文件");
      assertThat(cell(s, 4, 1).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(cell(s, 4, 1).getNumericCellValue()).isEqualTo(2.0);
      assertThat(cell(s, 4, 3).getCellType()).isEqualTo(CellType.BLANK);
      assertThat(cell(s, 7, 1).getNumericCellValue()).isEqualTo(346.0);
      assertThat(cell(s, 14, 0).getStringCellValue()).isEqualTo("行政事业性收费");
      assertThat(cell(s, 14, 1).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(cell(s, 14, 1).getNumericCellValue()).isEqualTo(199.43);
      assertThat(cell(s, 14, 1).getCellStyle().getDataFormatString()).isEqualTo("0.00");
      assertThat(cell(s, 4, 3).getCellStyle().getBorderBottom()).isEqualTo(BorderStyle.THIN);
      assertThat(s.getColumnWidth(0)).isGreaterThan(s.getColumnWidth(1));
    }
  }

  @Test
  void feesKeepTheirPrintedFormOrStayText() throws IOException {
    try (XSSFWorkbook wb = book(SampleReport.format2021().withProactive(SampleReport.proactive("0.0000")))) {
      Cell fee = cell(wb.getSheetAt(0), 14, 1);
      assertThat(fee.getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(fee.getNumericCellValue()).isZero();
      assertThat(fee.getCellStyle().getDataFormatString()).isEqualTo("0.0000");
    }
    try (XSSFWorkbook wb = book(SampleReport.format2021().withProactive(SampleReport.proactive("1,234.5")))) {
      Cell fee = cell(wb.getSheetAt(0), 14, 1);
      assertThat(fee.getCellType()).isEqualTo(CellType.STRING);
      assertThat(fee.getStringCellValue()).isEqualTo("1,234.5");
    }
    try (XSSFWorkbook wb = book(SampleReport.format2021().withProactive(SampleReport.proactive("0.12345678901234567")))) {
      assertThat(cell(wb.getSheetAt(0), 14, 1).getStringCellValue()).isEqualTo("0.12345678901234567");
    }
  }

  @Test
  void tableTwoHasTheTemplatesMergedHeaderAndRowGroups() throws IOException {
    try (XSSFWorkbook wb = book(SampleReport.format2021())) {
      XSSFSheet s = wb.getSheetAt(1);
      assertThat(s.getMergedRegions()).contains(
          range(1, 3, 0, 2),   // balance note
          range(1, 1, 3, 9),   // 申请人情况
          range(2, 3, 3, 3),   // 自然人
          range(2, 2, 4, 8),   // 法人或其他组织
          range(2, 3, 9, 9),   // 总计
          range(4, 4, 0, 2),   // 一、本年新收
          range(6, 27, 0, 0),  // 三、本年度办理结果 over 22 rows
          range(6, 6, 1, 2),   // （一）予以公开
          range(8, 15, 1, 1),  // （三）不予公开 over 8 rows
          range(16, 18, 1, 1), // （四）无法提供
          range(24, 26, 1, 1), // （六）其他处理
          range(28, 28, 0, 2)); // 四、结转下年度继续办理
      assertThat(s.getMergedRegions()).hasSize(1 + 5 + 2 + 1 + 4 + 2 + 1 + 1);
      assertThat(cell(s, 1, 0).getStringCellValue()).isEqualTo(TemplateTables.BALANCE_NOTE);
      assertThat(cell(s, 16, 2).getStringCellValue()).isEqualTo("1.本机关不掌握相关政府信息");
      assertThat(cell(s, 16, 3).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(cell(s, 16, 3).getNumericCellValue()).isEqualTo(1.0);
      assertThat(cell(s, 16, 4).getNumericCellValue()).isZero();
      assertThat(cell(s, 16, 9).getNumericCellValue()).isEqualTo(1.0);
      assertThat(cell(s, 5, 7).getCellType()).isEqualTo(CellType.BLANK);
      assertThat(cell(s, 5, 6).getCellType()).isEqualTo(CellType.NUMERIC);
    }
  }

  @Test
  void tableThreeHasItsGroupsAndOneRowOfFifteen() throws IOException {
    try (XSSFWorkbook wb = book(SampleReport.format2021())) {
      XSSFSheet s = wb.getSheetAt(2);
      assertThat(s.getMergedRegions()).contains(range(1, 1, 0, 4), range(1, 1, 5, 14), range(2, 3, 0, 0),
          range(2, 3, 4, 4), range(2, 2, 5, 9), range(2, 2, 10, 14));
      assertThat(cell(s, 3, 5).getStringCellValue()).isEqualTo("结果维持");
      assertThat(cell(s, 4, 0).getNumericCellValue()).isEqualTo(1.0);
      assertThat(cell(s, 4, 6).getNumericCellValue()).isEqualTo(1.0);
      assertThat(cell(s, 4, 13).getCellType()).isEqualTo(CellType.BLANK);
      assertThat(cell(s, 4, 14).getCellType()).isEqualTo(CellType.NUMERIC);
    }
  }

  @Test
  void format2019KeepsNegativeChangesAndTheProcurementAmount() throws IOException {
    try (XSSFWorkbook wb = book(SampleReport.format2019())) {
      XSSFSheet s = wb.getSheetAt(0);
      assertThat(cell(s, 7, 0).getStringCellValue()).isEqualTo("行政许可");
      assertThat(cell(s, 7, 2).getNumericCellValue()).isEqualTo(-2.0);
      assertThat(cell(s, 15, 0).getStringCellValue()).isEqualTo("行政事业性收费");
      assertThat(s.getMergedRegions()).contains(range(15, 15, 2, 3), range(18, 18, 2, 3));
      assertThat(cell(s, 18, 2).getNumericCellValue()).isEqualTo(12.5);
      assertThat(cell(s, 17, 2).getStringCellValue()).isEqualTo("采购总金额（单位：万元）");
      XSSFSheet t2 = wb.getSheetAt(1);
      assertThat(t2.getMergedRegions()).contains(range(6, 25, 0, 0), range(24, 24, 1, 2));
      assertThat(cell(t2, 24, 1).getStringCellValue()).isEqualTo("（六）其他处理");
    }
  }

  @Test
  void aPicturedTableSheetSaysSo() throws IOException {
    try (XSSFWorkbook wb = book(SampleReport.picturedRequests())) {
      assertThat(cell(wb.getSheetAt(1), 1, 0).getStringCellValue()).isEqualTo("[image: 表格为图片]");
      assertThat((Object) wb.getSheetAt(2).getRow(1)).isNull();
    }
  }
}
