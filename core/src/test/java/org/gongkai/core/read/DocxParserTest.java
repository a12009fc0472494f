package org.gongkai.core.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

class DocxParserTest {
  private final DocxParser parser = new DocxParser();

  private List<Block> parse(byte[] docx) throws UnreadableDocumentException {
    List<Block> blocks = parser.blocks(docx);
    Blocks.assertWellFormed(blocks);
    return blocks;
  }

  @Test
  void wordReportConvertedByLibreOfficeReadsInOrder() throws Exception {
    List<Block> blocks = parse(Blocks.fixture("docx/weijian-2023.docx"));
    List<String> texts = Blocks.texts(blocks);
    assertThat(texts.get(0)).isEqualTo("示例县卫生健康局2023年政府信息公开工作年度报告");
    assertThat(texts).containsSubsequence("一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
        "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项", "示例县卫生健康局",
        "2024年1月20日");
    // Header and footer (running title, page number field) are not body text.
    assertThat(texts).noneMatch(t -> t.contains("—") || t.equals("示例县卫生健康局政府信息公开工作年度报告"));
    assertThat(Blocks.tables(blocks)).hasSize(3);
    assertThat(blocks).contains(Block.image("Image1"));
  }

  @Test
  void mergedCellsOfTheConvertedTemplate() throws Exception {
    List<Block> blocks = parse(Blocks.fixture("docx/weijian-2023.docx"));
    List<List<String>> requests = Blocks.tables(blocks).get(1);
    // colspan became gridSpan (the cell once); rowspan became vMerge (continuation cells empty).
    assertThat(requests.get(0)).containsExactly(
        "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "申请人情况");
    assertThat(requests.get(1)).containsExactly("", "自然人", "法人或其他组织", "总计");
    assertThat(requests.get(2)).containsExactly("", "", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "");
    assertThat(Blocks.after(blocks, "一、本年新收政府信息公开申请数量")).containsExactly("3", "0", "0", "0", "0", "0", "3");
    assertThat(Blocks.row(blocks, "2.其他法律行政法规禁止公开"))
        .containsExactly("", "", "2.其他法律行政法规禁止公开", "0", "0", "0", "0", "0", "0", "0");
    assertThat(Blocks.row(blocks, "1.本机关不掌握相关政府信息"))
        .containsExactly("", "（四）无法提供", "1.本机关不掌握相关政府信息", "1", "0", "0", "0", "0", "0", "1");
    assertThat(Blocks.after(blocks, "行政规范性文件")).containsExactly("2", "1", "5");
  }

  @Test
  void portalPageSavedAsWordDissolvesItsLayoutTable() throws Exception {
    List<Block> blocks = parse(Blocks.fixture("docx/weijian-2023-portal.docx"));
    assertThat(Blocks.texts(blocks)).contains("示例县卫生健康局2023年政府信息公开工作年度报告", "一、总体情况", "2024年1月20日");
    List<List<List<String>>> tables = Blocks.tables(blocks);
    assertThat(tables).hasSize(3);
    assertThat(Blocks.after(blocks, "四、结转下年度继续办理")).containsExactly("1", "0", "0", "0", "0", "0", "1");
    assertThat(tables.get(2).get(3)).containsExactly("1", "0", "0", "0", "1", "0", "1", "0", "0", "1", "0", "0", "0", "0", "0");
  }

  @Test
  void rawMergedCellsGridSpanOnceVMergeContinuationEmptyBreakKept() throws Exception {
    List<Block> blocks = parse(DocxFixtures.mergedCells());
    assertThat(Blocks.tables(blocks)).containsExactly(List.of(
        List.of("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "申请人情况"),
        List.of("", "自然人", "法人或其他组织", "总\n计"),
        List.of("", "", "商业企业", ""),
        List.of("一、本年新收政府信息公开申请数量", "3", "0", "3")));
    assertThat(Blocks.texts(blocks)).containsExactly("三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况");
  }

  @Test
  void tableInTextBoxIsReadOnceWhereTheBoxStands() throws Exception {
    List<Block> blocks = parse(DocxFixtures.textBoxTable());
    assertThat(blocks).containsExactly(
        Block.text("二、主动公开政府信息情况"),
        Block.text("第二十条第（一）项"),
        Block.marker(Block.Kind.TABLE_START),
        Block.marker(Block.Kind.ROW_START), Block.cell("信息内容"), Block.cell("本年制发件数"), Block.cell("本年废止件数"),
        Block.cell("现行有效件数"), Block.marker(Block.Kind.ROW_END),
        Block.marker(Block.Kind.ROW_START), Block.cell("规章"), Block.cell("0"), Block.cell("0"), Block.cell("0"),
        Block.marker(Block.Kind.ROW_END),
        Block.marker(Block.Kind.ROW_START), Block.cell("行政规范性文件"), Block.cell("2"), Block.cell("1"), Block.cell("5"),
        Block.marker(Block.Kind.ROW_END),
        Block.marker(Block.Kind.TABLE_END),
        Block.text("以上为规范性文件情况。"),
        Block.text("三、收到和处理政府信息公开申请情况"));
  }

  @Test
  void tableGivenAsPictureBecomesImage() throws Exception {
    List<Block> blocks = parse(DocxFixtures.pictureForTable(PdfFixtures.png(40, 30)));
    assertThat(blocks).containsExactly(Block.text("三、收到和处理政府信息公开申请情况"),
        Block.image("表2收到和处理政府信息公开申请情况.png"), Block.text("四、政府信息公开行政复议、行政诉讼情况"));
  }

  @Test
  void nestedTableStandsAloneWithTheTextAroundIt() throws Exception {
    List<Block> blocks = parse(DocxFixtures.nestedTable());
    assertThat(blocks).containsExactly(Block.text("示例县卫生健康局2023年政府信息公开工作年度报告"),
        Block.text("二、主动公开政府信息情况"), Block.marker(Block.Kind.TABLE_START),
        Block.marker(Block.Kind.ROW_START), Block.cell("行政许可"), Block.cell("346"), Block.marker(Block.Kind.ROW_END),
        Block.marker(Block.Kind.ROW_START), Block.cell("行政处罚"), Block.cell("7"), Block.marker(Block.Kind.ROW_END),
        Block.marker(Block.Kind.TABLE_END), Block.text("三、收到和处理政府信息公开申请情况"));
  }

  @Test
  void documentBuiltWithPoiSkipsEmptyParagraphs() throws Exception {
    byte[] docx;
    try (XWPFDocument doc = new XWPFDocument()) {
      doc.createParagraph().createRun().setText("  示例市教育局2022年政府信息公开工作年度报告 ");
      doc.createParagraph();
      doc.createParagraph().createRun().setText("二、主动公开政府信息情况");
      XWPFTable t = doc.createTable(2, 2);
      t.getRow(0).getCell(0).setText("行政处罚");
      t.getRow(0).getCell(1).setText("2");
      t.getRow(1).getCell(0).setText("行政强制");
      doc.createParagraph().createRun().setText("\u3000\u3000三、收到和处理政府信息公开申请情况");
      docx = DocxFixtures.write(doc);
    }
    assertThat(parse(docx)).containsExactly(Block.text("示例市教育局2022年政府信息公开工作年度报告"),
        Block.text("二、主动公开政府信息情况"), Block.marker(Block.Kind.TABLE_START),
        Block.marker(Block.Kind.ROW_START), Block.cell("行政处罚"), Block.cell("2"), Block.marker(Block.Kind.ROW_END),
        Block.marker(Block.Kind.ROW_START), Block.cell("行政强制"), Block.cell(""), Block.marker(Block.Kind.ROW_END),
        Block.marker(Block.Kind.TABLE_END), Block.text("三、收到和处理政府信息公开申请情况"));
  }

  @Test
  void automaticNumberingGivesHeadingsTheirNumerals() throws Exception {
    byte[] docx;
    try (XWPFDocument doc = new XWPFDocument()) {
      CTAbstractNum definition = CTAbstractNum.Factory.newInstance();
      definition.setAbstractNumId(BigInteger.ZERO);
      level(definition, 0, STNumberFormat.CHINESE_COUNTING, "%1、");
      level(definition, 1, STNumberFormat.CHINESE_COUNTING, "（%2）");
      level(definition, 2, STNumberFormat.DECIMAL, "%3.");
      XWPFNumbering numbering = doc.createNumbering();
      BigInteger numId = numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(definition)));
      String[][] paragraphs = {{"0", "总体情况"}, {"1", "主动公开情况"}, {"1", "依申请公开情况"}, {"0", ""},
          {"0", "收到和处理政府信息公开申请情况"}, {"1", "不予公开"}, {"2", "属于国家秘密"}, {"2", "重复申请"}};
      for (String[] p : paragraphs) {
        XWPFParagraph paragraph = doc.createParagraph();
        paragraph.setNumID(numId);
        paragraph.setNumILvl(new BigInteger(p[0]));
        paragraph.createRun().setText(p[1]);
      }
      docx = DocxFixtures.write(doc);
    }
    // The empty numbered paragraph still counts (Word shows 二、 there), but gives no text.
    assertThat(Blocks.texts(parse(docx))).containsExactly("一、总体情况", "（一）主动公开情况", "（二）依申请公开情况",
        "三、收到和处理政府信息公开申请情况", "（一）不予公开", "1.属于国家秘密", "2.重复申请");
  }

  @Test
  void chineseCountingNumerals() {
    assertThat(DocxNumbering.chinese(1)).isEqualTo("一");
    assertThat(DocxNumbering.chinese(10)).isEqualTo("十");
    assertThat(DocxNumbering.chinese(11)).isEqualTo("十一");
    assertThat(DocxNumbering.chinese(20)).isEqualTo("二十");
    assertThat(DocxNumbering.chinese(36)).isEqualTo("三十六");
    assertThat(DocxNumbering.format(3, "decimalEnclosedCircle")).isEqualTo("③");
    assertThat(DocxNumbering.format(4, "upperRoman")).isEqualTo("IV");
  }

  private static void level(CTAbstractNum definition, int ilvl, STNumberFormat.Enum format, String text) {
    CTLvl lvl = definition.addNewLvl();
    lvl.setIlvl(BigInteger.valueOf(ilvl));
    lvl.addNewStart().setVal(BigInteger.ONE);
    lvl.addNewNumFmt().setVal(format);
    lvl.addNewLvlText().setVal(text);
  }

  @Test
  void encryptedDocxIsRefused() {
    byte[] encrypted = DocxFixtures.encrypted(Blocks.fixture("docx/weijian-2023.docx"));
    assertThatThrownBy(() -> parser.blocks(encrypted))
        .isInstanceOf(UnreadableDocumentException.class).hasMessage("文件已加密，无法读取");
  }

  @Test
  void legacyDocIsRefusedWithAdvice() {
    assertThatThrownBy(() -> parser.blocks(DocxFixtures.legacyDoc()))
        .isInstanceOf(UnreadableDocumentException.class).hasMessage("这是旧版 Word（.doc）文件，请另存为 .docx 后再读取");
  }

  @Test
  void truncatedDocxIsDamaged() {
    byte[] whole = Blocks.fixture("docx/weijian-2023.docx");
    for (int length : new int[] {10, whole.length / 2, whole.length - 30}) {
      assertThatThrownBy(() -> parser.blocks(Arrays.copyOf(whole, length)))
          .isInstanceOf(UnreadableDocumentException.class).hasMessageStartingWith("DOCX 文件已损坏：");
    }
  }

  @Test
  void zipBombStopsQuickly() {
    byte[] bomb = DocxFixtures.zipBomb(300);
    assertThat(bomb.length).isLessThan(2 * 1024 * 1024);
    assertTimeoutPreemptively(Duration.ofSeconds(20), () ->
        assertThatThrownBy(() -> parser.blocks(bomb))
            .isInstanceOf(UnreadableDocumentException.class)
            .hasMessage("DOCX 文件异常：解压后体积过大（疑似压缩炸弹），已停止读取"));
  }

  @Test
  void otherInputIsRefused() {
    assertThatThrownBy(() -> parser.blocks(new byte[0]))
        .isInstanceOf(UnreadableDocumentException.class).hasMessage("文件为空，无法读取");
    byte[] random = new byte[2048];
    new Random(11).nextBytes(random);
    assertThatThrownBy(() -> parser.blocks(random))
        .isInstanceOf(UnreadableDocumentException.class).hasMessage("这不是 DOCX 文件（文件头不是 Word 文档格式），无法读取");
    byte[] plainZip = DocxFixtures.zip(Map.of("readme.txt", "示例"));
    assertThatThrownBy(() -> parser.blocks(plainZip))
        .isInstanceOf(UnreadableDocumentException.class).hasMessage("这不是 DOCX 文件（压缩包中没有 Office 文档内容），无法读取");
    byte[] brokenXml = DocxFixtures.rawDocx("<w:p><w:r><w:t>未闭合");
    assertThatThrownBy(() -> parser.blocks(brokenXml))
        .isInstanceOf(UnreadableDocumentException.class).hasMessageStartingWith("DOCX 文件已损坏：");
  }

}
