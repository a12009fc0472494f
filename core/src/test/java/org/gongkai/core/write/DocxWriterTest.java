package org.gongkai.core.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DocxWriterTest {
  private static XWPFDocument doc;

  @BeforeAll
  static void write() throws IOException {
    doc = new XWPFDocument(new ByteArrayInputStream(ReportWriters.write(SampleReport.format2021(), OutputFormat.DOCX)));
  }

  private static XWPFParagraph paragraph(String text) {
    return doc.getParagraphs().stream().filter(p -> p.getText().equals(text)).findFirst().orElseThrow();
  }

  private static String eastAsia(XWPFRun run) {
    return run.getFontFamily(XWPFRun.FontCharRange.eastAsia);
  }

  private static CTTcPr pr(XWPFTableCell c) {
    return c.getCTTc().getTcPr();
  }

  private static int gridSpan(XWPFTableCell c) {
    return pr(c).isSetGridSpan() ? pr(c).getGridSpan().getVal().intValue() : 1;
  }

  private static String vMerge(XWPFTableCell c) {
    if (!pr(c).isSetVMerge()) {
      return "none";
    }
    return pr(c).getVMerge().getVal() == STMerge.RESTART ? "restart" : "continue";
  }

  @Test
  void pageIsA4WithTheOfficialMarginsInTwips() {
    CTPageSz size = doc.getDocument().getBody().getSectPr().getPgSz();
    assertThat(size.getW()).isEqualTo(BigInteger.valueOf(11906));
    assertThat(size.getH()).isEqualTo(BigInteger.valueOf(16838));
    CTPageMar mar = doc.getDocument().getBody().getSectPr().getPgMar();
    assertThat(mar.getTop()).isEqualTo(BigInteger.valueOf(2098));
    assertThat(mar.getBottom()).isEqualTo(BigInteger.valueOf(1984));
    assertThat(mar.getLeft()).isEqualTo(BigInteger.valueOf(1587));
    assertThat(mar.getRight()).isEqualTo(BigInteger.valueOf(1474));
  }

  @Test
  void titleIsCentredSecondSizeXiaobiaosong() {
    XWPFParagraph title = doc.getParagraphs().get(0);
    assertThat(title.getText()).isEqualTo(SampleReport.TITLE);
    assertThat(title.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
    XWPFRun run = title.getRuns().get(0);
    assertThat(eastAsia(run)).isEqualTo("方正小标宋简体");
    assertThat(run.getFontSizeAsDouble()).isEqualTo(22.0);
  }

  @Test
  void bodyIsThirdSizeFangsongIndentedTwoCharactersOnAFixed28PointLine() {
    XWPFParagraph p = paragraph("全年共收到申请2件。");
    XWPFRun run = p.getRuns().get(0);
    assertThat(eastAsia(run)).isEqualTo("仿宋_GB2312");
    assertThat(run.getFontSizeAsDouble()).isEqualTo(16.0);
    assertThat(p.getCTP().getPPr().getInd().getFirstLineChars()).isEqualTo(BigInteger.valueOf(200));
    assertThat(p.getIndentationFirstLine()).isEqualTo(640);
    assertThat(p.getSpacingLineRule()).isEqualTo(LineSpacingRule.EXACT);
    assertThat(p.getCTP().getPPr().getSpacing().getLine()).isEqualTo(BigInteger.valueOf(560));
    assertThat(paragraph("根据《条例》规定，编制本报告。").getRuns().get(0).getFontSizeAsDouble()).isEqualTo(16.0);
  }

  @Test
  void headingsUseHeitiAndKaiti() {
    XWPFRun h1 = paragraph("一、总体情况").getRuns().get(0);
    assertThat(eastAsia(h1)).isEqualTo("黑体");
    assertThat(h1.getFontSizeAsDouble()).isEqualTo(16.0);
    List<XWPFRun> runs = paragraph("（一）主动公开情况。本年主动公开信息120条。").getRuns();
    assertThat(runs).hasSize(2);
    assertThat(runs.get(0).text()).isEqualTo("（一）主动公开情况。");
    assertThat(eastAsia(runs.get(0))).isEqualTo("楷体_GB2312");
    assertThat(eastAsia(runs.get(1))).isEqualTo("仿宋_GB2312");
    assertThat(eastAsia(paragraph("（一）收缴政府信息公开处理费情况").getRuns().get(0))).isEqualTo("楷体_GB2312");
  }

  @Test
  void footersCarryAPageFieldBetweenDashesInFourthSizeSongti() {
    assertThat(doc.getEvenAndOddHeadings()).isTrue();
    assertThat(doc.getHeaderFooterPolicy().getDefaultFooter()).isNotNull();
    assertThat(doc.getHeaderFooterPolicy().getEvenPageFooter()).isNotNull();
    XWPFFooter odd = doc.getHeaderFooterPolicy().getDefaultFooter();
    XWPFParagraph p = odd.getParagraphs().get(0);
    assertThat(p.getAlignment()).isEqualTo(ParagraphAlignment.RIGHT);
    assertThat(doc.getHeaderFooterPolicy().getEvenPageFooter().getParagraphs().get(0).getAlignment())
        .isEqualTo(ParagraphAlignment.LEFT);
    String xml = p.getCTP().xmlText();
    assertThat(xml).contains("w:fldCharType=\"begin\"", "w:fldCharType=\"separate\"", "w:fldCharType=\"end\"");
    assertThat(p.getCTP().getRList().stream().flatMap(r -> r.getInstrTextList().stream())
        .map(t -> t.getStringValue().strip()).toList()).containsExactly("PAGE");
    assertThat(p.getText()).isEqualTo("— 1 —");
    for (XWPFRun run : p.getRuns()) {
      assertThat(eastAsia(run)).isEqualTo("宋体");
      assertThat(run.getFontSizeAsDouble()).isEqualTo(14.0);
    }
  }

  @Test
  void tableTwoMergesItsHeaderAndRowGroupsLikeTheTemplate() {
    assertThat(doc.getTables()).hasSize(3);
    XWPFTable t = doc.getTables().get(1);
    assertThat(t.getCTTbl().getTblGrid().sizeOfGridColArray()).isEqualTo(10);
    assertThat(t.getRows()).hasSize(3 + 25);
    List<XWPFTableCell> r0 = t.getRow(0).getTableCells();
    assertThat(r0).hasSize(2);
    assertThat(r0.get(0).getText()).isEqualTo(TemplateTables.BALANCE_NOTE);
    assertThat(gridSpan(r0.get(0))).isEqualTo(3);
    assertThat(vMerge(r0.get(0))).isEqualTo("restart");
    assertThat(r0.get(1).getText()).isEqualTo("申请人情况");
    assertThat(gridSpan(r0.get(1))).isEqualTo(7);
    List<XWPFTableCell> r1 = t.getRow(1).getTableCells();
    assertThat(r1).extracting(XWPFTableCell::getText).containsExactly("", "自然人", "法人或其他组织", "总计");
    assertThat(r1).extracting(DocxWriterTest::vMerge).containsExactly("continue", "restart", "none", "restart");
    assertThat(r1).extracting(DocxWriterTest::gridSpan).containsExactly(3, 1, 5, 1);
    List<XWPFTableCell> r2 = t.getRow(2).getTableCells();
    assertThat(r2).extracting(XWPFTableCell::getText)
        .containsExactly("", "", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "");
    assertThat(t.getRow(0).isRepeatHeader()).isTrue();

    XWPFTableRow notHeld = t.getRow(3 + 2 + 2 + 8);
    List<XWPFTableCell> cells = notHeld.getTableCells();
    assertThat(cells).extracting(XWPFTableCell::getText)
        .containsExactly("", "（四）无法提供", "1.本机关不掌握相关政府信息", "1", "0", "0", "0", "0", "0", "1");
    assertThat(vMerge(cells.get(0))).isEqualTo("continue");
    assertThat(vMerge(cells.get(1))).isEqualTo("restart");
    XWPFTableRow results = t.getRow(3 + 2);
    assertThat(results.getCell(0).getText()).isEqualTo("三、本年度办理结果");
    assertThat(vMerge(results.getCell(0))).isEqualTo("restart");
    assertThat(gridSpan(results.getCell(1))).isEqualTo(2);

    List<XWPFTableCell> carried = t.getRow(4).getTableCells();
    assertThat(carried).hasSize(8);
    assertThat(gridSpan(carried.get(0))).isEqualTo(3);
    assertThat(carried).extracting(XWPFTableCell::getText)
        .containsExactly("二、上年结转政府信息公开申请数量", "0", "0", "0", "0", "", "0", "0");
    XWPFRun tableRun = cells.get(3).getParagraphs().get(0).getRuns().get(0);
    assertThat(eastAsia(tableRun)).isEqualTo("仿宋_GB2312");
    assertThat(tableRun.getFontSizeAsDouble()).isEqualTo(10.5);
    assertThat(t.getTopBorderType()).isEqualTo(XWPFTable.XWPFBorderType.SINGLE);
    assertThat(t.getInsideVBorderType()).isEqualTo(XWPFTable.XWPFBorderType.SINGLE);
  }

  @Test
  void tablesOneAndThreeSpanTheirColumns() {
    XWPFTable t1 = doc.getTables().get(0);
    assertThat(gridSpan(t1.getRow(0).getCell(0))).isEqualTo(4);
    assertThat(t1.getRow(0).getCell(0).getText()).isEqualTo("第二十条第（一）项");
    assertThat(t1.getRow(3).getTableCells()).extracting(XWPFTableCell::getText)
        .containsExactly("行政规范性文件", "2", "1", "");
    assertThat(t1.getRow(13).getTableCells()).extracting(XWPFTableCell::getText)
        .containsExactly("行政事业性收费", "199.43");
    assertThat(gridSpan(t1.getRow(13).getCell(1))).isEqualTo(3);

    XWPFTable t3 = doc.getTables().get(2);
    assertThat(t3.getRow(0).getTableCells()).extracting(DocxWriterTest::gridSpan).containsExactly(5, 10);
    assertThat(t3.getRow(1).getTableCells()).extracting(DocxWriterTest::gridSpan)
        .containsExactly(1, 1, 1, 1, 1, 5, 5);
    assertThat(t3.getRow(2).getTableCells()).extracting(DocxWriterTest::vMerge)
        .containsExactly("continue", "continue", "continue", "continue", "continue",
            "none", "none", "none", "none", "none", "none", "none", "none", "none", "none");
    assertThat(t3.getRow(3).getTableCells()).extracting(XWPFTableCell::getText)
        .containsExactly("1", "0", "0", "0", "1", "0", "1", "0", "0", "1", "0", "0", "0", "", "0");
  }

  @Test
  void signatureAndDateStandRightAligned() {
    XWPFParagraph sig = paragraph("示例县卫生健康局");
    XWPFParagraph date = paragraph("2024年1月22日");
    assertThat(sig.getAlignment()).isEqualTo(ParagraphAlignment.RIGHT);
    assertThat(date.getAlignment()).isEqualTo(ParagraphAlignment.RIGHT);
    List<XWPFParagraph> all = doc.getParagraphs();
    assertThat(all.get(all.size() - 1)).isSameAs(date);
    assertThat(all.get(all.size() - 2)).isSameAs(sig);
  }

  @Test
  void aPicturedTableBecomesAMarkerParagraph() throws IOException {
    try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(
        ReportWriters.write(SampleReport.picturedRequests(), OutputFormat.DOCX)))) {
      assertThat(d.getTables()).hasSize(1);
      assertThat(d.getParagraphs()).extracting(XWPFParagraph::getText).contains("[image: 表格为图片]");
    }
  }
}
