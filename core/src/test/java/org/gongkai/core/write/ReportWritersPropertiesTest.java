package org.gongkai.core.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.gongkai.core.report.AnnualReport;
import org.gongkai.core.report.ReportFormat;
import org.gongkai.core.report.ReportJson;
import org.gongkai.core.report.RequestRow;
import org.gongkai.core.report.Section;
import org.gongkai.core.report.ValidReports;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

class ReportWritersPropertiesTest {

  /** A property body that may throw; QuickTheories wants a plain consumer. */
  private interface Body {
    void run(AnnualReport r) throws Exception;
  }

  private static void forAll(int examples, Gen<AnnualReport> gen, Body body) {
    qt().withExamples(examples).forAll(gen).checkAssert(r -> {
      try {
        body.run(r);
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    });
  }

  private static List<RequestRow> rows(AnnualReport r) {
    return RequestRow.rowsOf(r.format());
  }

  @Test
  void everyFormatWritesAnyValidReport() {
    forAll(40, ValidReports.any(), this::everyFormatWritesAnyValidReportFor);
  }

  private void everyFormatWritesAnyValidReportFor(AnnualReport r)  {
    for (OutputFormat f : OutputFormat.values()) {
      assertThat(ReportWriters.write(r, f)).as(f.name()).isNotEmpty();
    }
    assertThat(ReportWriters.htmlFragment(r)).contains(r.title());
  }

  private static Gen<AnnualReport> reportsWithAnyText() {
    Gen<String> text = strings().allPossible().ofLengthBetween(0, 60);
    return ValidReports.any().zip(text, text, text, text, (r, title, body, sig, heading) ->
        new AnnualReport(title, r.agency(), r.year(), r.format(), r.publishedOn(), body,
            List.of(new Section("一", heading, body + "\n" + title), new Section("五", "", body)), sig,
            r.proactive(), r.proactive2019(), r.requests(), r.appeals(), List.of()));
  }

  @Test
  void anyTextInTheNarrativeStillGivesFilesThatOpen() {
    forAll(30, reportsWithAnyText(), this::anyTextInTheNarrativeStillGivesFilesThatOpenFor);
  }

  private void anyTextInTheNarrativeStillGivesFilesThatOpenFor(AnnualReport r) throws Exception  {
    for (OutputFormat f : OutputFormat.values()) {
      assertThat(ReportWriters.write(r, f)).isNotEmpty();
    }
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(ReportWriters.write(r, OutputFormat.DOCX)))) {
      assertThat(doc.getTables()).hasSize(3);
    }
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(ReportWriters.write(r, OutputFormat.XLSX)))) {
      assertThat(wb.getNumberOfSheets()).isEqualTo(3);
    }
    assertThat(Jsoup.parse(ReportWriters.htmlFragment(r)).select("script, style, img")).isEmpty();
  }

  @Test
  void controlCharactersAndLoneSurrogatesAreDroppedFromOfficeFiles() throws Exception {
    AnnualReport r = SampleReport.format2021().withSections(List.of(new Section("一", "总体情况", "甲\u0001乙\uD800丙")));
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(ReportWriters.write(r, OutputFormat.DOCX)))) {
      assertThat(doc.getParagraphs()).extracting(p -> p.getText()).contains("甲乙丙");
    }
    AnnualReport titled = new AnnualReport("报告\u0007标题", null, null, null, null, null, List.of(), null, null, null,
        null, null, List.of());
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(ReportWriters.write(titled, OutputFormat.XLSX)))) {
      assertThat(wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("报告标题");
    }
  }

  @Test
  void jsonRoundTripIsEqual() {
    forAll(100, ValidReports.any(), this::jsonRoundTripIsEqualFor);
  }

  private void jsonRoundTripIsEqualFor(AnnualReport r)  {
    String json = new String(ReportWriters.write(r, OutputFormat.JSON), StandardCharsets.UTF_8);
    assertThat(ReportJson.read(json)).isEqualTo(r);
  }

  @Test
  void textTableRowsAreLabelThenExactlyTheTemplatesCells() {
    forAll(100, ValidReports.any(), this::textTableRowsAreLabelThenExactlyTheTemplatesCellsFor);
  }

  private void textTableRowsAreLabelThenExactlyTheTemplatesCellsFor(AnnualReport r)  {
    List<String> lines = new String(ReportWriters.write(r, OutputFormat.TXT), StandardCharsets.UTF_8).lines().toList();
    assertThat(lines.get(0)).isEqualTo(r.title());
    for (RequestRow row : rows(r)) {
      String label = TextWriter.requestLabel(row, rows(r));
      List<String> matching = lines.stream().filter(l -> l.startsWith(label + "\t")).toList();
      assertThat(matching).as(row.code()).hasSize(1);
      String[] cells = matching.get(0).split("\t", -1);
      assertThat(Arrays.asList(cells).subList(1, cells.length))
          .containsExactlyElementsOf(r.requests().row(row).cells().stream().map(String::valueOf).toList());
    }
    String appeals = lines.get(lines.indexOf("结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计") + 1);
    assertThat(appeals.split("\t", -1)).containsExactlyElementsOf(
        r.appeals().row().stream().map(String::valueOf).toList());
  }

  @Test
  void htmlTablesMatchTheModel() {
    forAll(60, ValidReports.any(), this::htmlTablesMatchTheModelFor);
  }

  private void htmlTablesMatchTheModelFor(AnnualReport r)  {
    Document doc = Jsoup.parse(new String(ReportWriters.write(r, OutputFormat.HTML), StandardCharsets.UTF_8));
    assertThat(doc.select("table")).hasSize(3);
    assertThat(doc.select("table").get(1).select("tbody tr")).hasSize(rows(r).size());
    List<String> last = doc.select("table").get(1).select("tbody tr").last().select("td.gk-num").eachText();
    assertThat(last).containsExactlyElementsOf(
        r.requests().row(RequestRow.R4).cells().stream().map(String::valueOf).toList());
    assertThat(doc.select("h2")).hasSize(r.sections().size());
  }

  @Test
  void officeFilesOpenAndHoldTheNumbers() {
    forAll(20, ValidReports.any(), this::officeFilesOpenAndHoldTheNumbersFor);
  }

  private void officeFilesOpenAndHoldTheNumbersFor(AnnualReport r) throws Exception  {
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(ReportWriters.write(r, OutputFormat.DOCX)))) {
      assertThat(doc.getTables()).hasSize(3);
      assertThat(doc.getParagraphs().get(0).getText()).isEqualTo(r.title());
      int totalRow = 3 + rows(r).indexOf(RequestRow.R3_7);
      // 3.7 sits under 三、本年度办理结果 (a continued merge), then its label over two columns, then seven cells.
      List<org.apache.poi.xwpf.usermodel.XWPFTableCell> cells = doc.getTables().get(1).getRow(totalRow).getTableCells();
      assertThat(cells).hasSize(9);
      assertThat(cells.get(8).getText())
          .isEqualTo(String.valueOf(r.requests().row(RequestRow.R3_7).total()));
    }
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(ReportWriters.write(r, OutputFormat.XLSX)))) {
      assertThat(wb.getNumberOfSheets()).isEqualTo(3);
      int totalRow = XlsxWriter.FIRST_ROW + 3 + rows(r).indexOf(RequestRow.R3_7);
      assertThat(wb.getSheetAt(1).getRow(totalRow).getCell(9).getNumericCellValue())
          .isEqualTo(r.requests().row(RequestRow.R3_7).total().doubleValue());
      assertThat(wb.getSheetAt(2).getRow(XlsxWriter.FIRST_ROW + 3).getCell(14).getNumericCellValue())
          .isEqualTo(r.appeals().litigationAfterReconsideration().total().doubleValue());
    }
  }

  @Test
  void everyGridCoversEachPositionExactlyOnce() {
    forAll(60, ValidReports.any(), this::everyGridCoversEachPositionExactlyOnceFor);
  }

  private void everyGridCoversEachPositionExactlyOnceFor(AnnualReport r)  {
    for (ReportLayout.TableId id : ReportLayout.TableId.values()) {
      Grid g = ReportLayout.grid(r, id);
      Grid.Placed[][] owners = g.layout().owners();
      for (Grid.Placed[] row : owners) {
        assertThat(row).doesNotContainNull();
      }
      int expectedRows = switch (id) {
        case PROACTIVE -> r.format() == ReportFormat.F2019 ? 18 : 14;
        case REQUESTS -> 3 + rows(r).size();
        case APPEALS -> 4;
      };
      assertThat(owners.length).isEqualTo(expectedRows);
    }
  }
}
