package org.gongkai.server.registers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Reading import files: every accepted row, every refused row with its reason, CSV and XLSX alike. */
class DecisionImportTest {

  private static ImportPreview csv(String text) {
    return DecisionImport.read("t.csv", text.getBytes(StandardCharsets.UTF_8), 2025);
  }

  @Test
  void aCleanCsvIsAcceptedRowByRow() {
    ImportPreview p = csv("\uFEFF类别,月份,数值,备注\n行政许可,2025-01,12,\n行政事业性收费,2025年2月,\"1,234.5\",x\n"
        + "LICENSING,2025/3,0,\n");
    assertThat(p.acceptable()).isTrue();
    assertThat(p.rows()).extracting(ImportPreview.Row::line, ImportPreview.Row::month, ImportPreview.Row::kind,
        ImportPreview.Row::valueText).containsExactly(
            tuple(2, 1, DecisionKind.LICENSING, "12"),
            tuple(3, 2, DecisionKind.FEES, "1234.5"),
            tuple(4, 3, DecisionKind.LICENSING, "0"));
  }

  @Test
  void everyKindOfBadRowIsListedWithItsReason() {
    ImportPreview p = csv("月份,类别,数值\n"
        + "2025-01,行政许可,3\n"        // 2: fine
        + "2025-13,行政许可,3\n"        // 3: no month 13
        + "一月,行政处罚,1\n"           // 4: not a month
        + "2024-05,行政处罚,1\n"        // 5: other year
        + "2025-02,行政处罚,-4\n"       // 6: negative
        + "2025-02,行政复议,1\n"        // 7: unknown kind
        + "2025-01,行政许可,8\n"        // 8: duplicates row 2
        + "2025-03,行政强制,1.5\n"      // 9: a count with decimals
        + "2025-03,行政事业性收费,1e3\n"); // 10: exponent is not an amount
    assertThat(p.acceptable()).isFalse();
    assertThat(p.rows()).extracting(ImportPreview.Row::line).containsExactly(2);
    assertThat(p.rejected()).extracting(ImportPreview.Rejection::line, ImportPreview.Rejection::reasonKey)
        .containsExactly(
            tuple(3, "registers.import.month.range"),
            tuple(4, "registers.import.month.format"),
            tuple(5, "registers.import.month.otherYear"),
            tuple(6, "registers.import.value.negative"),
            tuple(7, "registers.import.kind.unknown"),
            tuple(8, "registers.import.duplicate"),
            tuple(9, "registers.import.value.count"),
            tuple(10, "registers.import.value.amount"));
    assertThat(p.rejected().get(5).args()).containsExactly(2);
    assertThat(p.rejected().get(4).content()).isEqualTo("2025-02,行政复议,1");
  }

  @Test
  void gbkEncodedCsvFromExcelIsRead() {
    byte[] gbk = "月份,类别,数值\n2025-04,行政处罚,2\n".getBytes(Charset.forName("GB18030"));
    ImportPreview p = DecisionImport.read("gbk.csv", gbk, 2025);
    assertThat(p.acceptable()).isTrue();
    assertThat(p.rows()).singleElement().extracting(ImportPreview.Row::kind).isEqualTo(DecisionKind.PENALTY);
  }

  @Test
  void aFileWithoutTheColumnsOrWithoutRowsIsRefusedAsAWhole() {
    assertThat(csv("月,件数\n2025-01,3\n").fileProblem().key()).isEqualTo("registers.import.file.header");
    assertThat(csv("").fileProblem().key()).isEqualTo("registers.import.file.empty");
    assertThat(csv("月份,类别,数值\n").acceptable()).isFalse();
    assertThat(DecisionImport.read("x.xlsx", new byte[] {'P', 'K', 3, 4, 1, 2}, 2025).fileProblem().key())
        .isEqualTo("registers.import.file.xlsx");
  }

  @Test
  void xlsxWithNumericDateAndTextCellsIsReadAndItsBadRowRefused() throws IOException {
    byte[] file;
    try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet s = book.createSheet("数据");
      CellStyle date = book.createCellStyle();
      date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("yyyy-mm"));
      Row h = s.createRow(0);
      h.createCell(0).setCellValue("月份");
      h.createCell(1).setCellValue("类别");
      h.createCell(2).setCellValue("数值（件或万元）");
      Row r1 = s.createRow(1);
      r1.createCell(0).setCellValue(java.time.LocalDate.of(2025, 6, 1));
      r1.getCell(0).setCellStyle(date);
      r1.createCell(1).setCellValue("行政事业性收费");
      r1.createCell(2).setCellValue(199.43);
      Row r2 = s.createRow(2);
      r2.createCell(0).setCellValue("2025-07");
      r2.createCell(1).setCellValue("行政许可");
      r2.createCell(2).setCellValue(42);
      Row r3 = s.createRow(4);                      // row 5 in the sheet, after an empty row
      r3.createCell(0).setCellValue("2025-08");
      r3.createCell(1).setCellValue("行政强制");
      r3.createCell(2).setCellValue(-1);
      book.write(out);
      file = out.toByteArray();
    }
    ImportPreview p = DecisionImport.read("t.xlsx", file, 2025);
    assertThat(p.rows()).extracting(ImportPreview.Row::month, ImportPreview.Row::kind, ImportPreview.Row::value)
        .containsExactly(tuple(6, DecisionKind.FEES, new BigDecimal("199.43")),
            tuple(7, DecisionKind.LICENSING, new BigDecimal("42")));
    assertThat(p.rejected()).singleElement().extracting(ImportPreview.Rejection::line,
        ImportPreview.Rejection::reasonKey).containsExactly(5, "registers.import.value.negative");
    assertThat(p.acceptable()).isFalse();
  }

  @Test
  void amountsPrintAsPlainDecimals() {
    assertThat(Decimals.plain(new BigDecimal("0.0000"))).isEqualTo("0");
    assertThat(Decimals.plain(new BigDecimal("199.4300"))).isEqualTo("199.43");
    assertThat(Decimals.plain(new BigDecimal("100.0000"))).isEqualTo("100");
    assertThat(Decimals.plain(new BigDecimal("1E+3"))).isEqualTo("1000");
  }
}
