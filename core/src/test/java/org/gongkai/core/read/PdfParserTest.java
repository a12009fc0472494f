package org.gongkai.core.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfParserTest {
  private static final List<String> ZEROS = List.of("0", "0", "0", "0", "0", "0", "0");
  private final PdfParser parser = new PdfParser();

  private List<Block> parse(byte[] pdf) throws UnreadableDocumentException {
    List<Block> blocks = parser.blocks(pdf);
    Blocks.assertWellFormed(blocks);
    return blocks;
  }

  @Test
  void fixtureReallySplitsTableTwoAcrossPages() throws Exception {
    try (PDDocument doc = Loader.loadPDF(Blocks.fixture("pdf/weijian-2023.pdf"))) {
      PDFTextStripper stripper = new PDFTextStripper();
      int first = -1;
      int last = -1;
      for (int p = 1; p <= doc.getNumberOfPages(); p++) {
        stripper.setStartPage(p);
        stripper.setEndPage(p);
        String text = stripper.getText(doc);
        first = text.contains("一、本年新收政府信息公开申请数量") ? p : first;
        last = text.contains("四、结转下年度继续办理") ? p : last;
        assertThat(text).contains("— " + p + " —");
      }
      assertThat(last).isEqualTo(first + 1);
    }
  }

  @Test
  void ruledTablesComeOutAsTheTemplateHasThem() throws Exception {
    List<Block> blocks = parse(Blocks.fixture("pdf/weijian-2023.pdf"));
    List<List<List<String>>> tables = Blocks.tables(blocks);
    assertThat(tables).hasSize(3);
    assertThat(tables.get(0).get(0)).containsExactly("第二十条第（一）项");
    assertThat(Blocks.after(blocks, "行政规范性文件")).containsExactly("2", "1", "5");
    assertThat(Blocks.after(blocks, "行政许可")).containsExactly("346");
    assertThat(Blocks.after(blocks, "行政处罚")).containsExactly("7");

    List<List<String>> requests = tables.get(1);
    assertThat(requests.get(0)).hasSize(2).element(1).isEqualTo("申请人情况");
    assertThat(requests.get(1)).hasSize(3).element(1).isEqualTo("法人或其他组织");
    assertThat(requests.get(2)).hasSize(5);
    assertThat(Blocks.after(blocks, "一、本年新收政府信息公开申请数量")).containsExactly("3", "0", "0", "0", "0", "0", "3");
    assertThat(Blocks.after(blocks, "二、上年结转政府信息公开申请数量")).containsExactly("1", "0", "0", "0", "0", "0", "1");
    assertThat(Blocks.after(blocks, "（一）予以公开")).containsExactly("2", "0", "0", "0", "0", "0", "2");
    assertThat(Blocks.after(blocks, "（七）总计")).containsExactly("3", "0", "0", "0", "0", "0", "3");
    assertThat(Blocks.after(blocks, "四、结转下年度继续办理")).containsExactly("1", "0", "0", "0", "0", "0", "1");
    assertThat(tables.get(2).get(3))
        .containsExactly("1", "0", "0", "0", "1", "0", "1", "0", "0", "1", "0", "0", "0", "0", "0");
  }

  @Test
  void tableSplitAcrossPagesContinuesAsOneTableWithTheCutRowWhole() throws Exception {
    List<Block> blocks = parse(Blocks.fixture("pdf/weijian-2023.pdf"));
    List<List<String>> requests = Blocks.tables(blocks).get(1);
    // Three head rows and the 25 rows of the template, none lost or doubled at the page break.
    assertThat(requests).hasSize(28);
    for (List<String> row : requests.subList(3, 28)) {
      assertThat(row.subList(row.size() - 7, row.size())).allMatch(c -> c.matches("\\d+"));
    }
    // The row the page break cut: its label halves are joined, its numbers kept.
    List<String> cut = requests.stream()
        .filter(r -> r.stream().anyMatch(c -> c.replace("\n", "").equals("1.本机关不掌握相关政府信息"))).findFirst().orElseThrow();
    assertThat(cut.get(0).replace("\n", "")).isEqualTo("（四）无法提供");
    assertThat(cut.subList(2, 9)).containsExactly("1", "0", "0", "0", "0", "0", "1");
  }

  @Test
  void pageNumbersAndRunningHeadersAreDroppedAndParagraphsJoined() throws Exception {
    List<Block> blocks = parse(Blocks.fixture("pdf/weijian-2023.pdf"));
    List<String> texts = Blocks.texts(blocks);
    assertThat(texts).noneMatch(t -> t.contains("—") || t.equals("示例县卫生健康局政府信息公开工作年度报告"));
    assertThat(texts.get(0)).isEqualTo("示例县卫生健康局2023年政府信息公开工作年度报告");
    assertThat(texts).contains("2023年，示例县卫生健康局坚持以公开为常态、不公开为例外，围绕医疗卫生服务、疾病预防控制、"
        + "卫生监督执法等重点领域，持续深化政府信息公开工作，全年工作平稳有序。");
    assertThat(texts).containsSubsequence("一、总体情况", "（一）主动公开情况", "二、主动公开政府信息情况",
        "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况",
        "六、其他需要报告的事项", "（一）收取信息处理费情况", "本年度未收取信息处理费。", "示例县卫生健康局", "2024年1月20日");
    int signature = blocks.indexOf(Block.text("示例县卫生健康局"));
    assertThat(blocks.get(signature - 1).kind()).isEqualTo(Block.Kind.IMAGE);
    assertThat(blocks.get(signature - 1).text()).matches("第\\d页的图片");
  }

  @Test
  void borderlessTableIsCutByGapsAndWrappedLabelsMerged() throws Exception {
    List<Block> blocks = parse(Blocks.fixture("pdf/jiaoyu-2022-noborder.pdf"));
    assertThat(Blocks.after(blocks, "行政规范性文件")).containsExactly("1", "0", "3");
    assertThat(Blocks.after(blocks, "行政事业性收费")).containsExactly("12.50");
    assertThat(Blocks.after(blocks, "一、本年新收政府信息公开申请数量")).containsExactly("12", "2", "0", "1", "0", "0", "15");
    assertThat(Blocks.after(blocks, "2.其他法律行政法规禁止公开")).isEqualTo(ZEROS);
    assertThat(Blocks.after(blocks, "4.保护第三方合法权益")).containsExactly("1", "0", "0", "0", "0", "0", "1");
    // A label that wrapped onto a line of its own is merged back into its row.
    assertThat(Blocks.after(blocks, "5.要求行政机关确认或重新出\n具已获取信息")).isEqualTo(ZEROS);
    assertThat(Blocks.after(blocks, "2.申请人逾期未按收费通知要\n求缴纳费用、行政机关不再\n处理其政府信息公开申请")).isEqualTo(ZEROS);
    assertThat(Blocks.after(blocks, "（七）总计")).containsExactly("11", "2", "0", "1", "0", "0", "14");
    assertThat(Blocks.texts(blocks)).contains("五、存在的主要问题及改进情况", "示例市教育局", "2023年1月18日");
  }

  @Test
  void scannedPageBecomesImageBlankPageNothing() throws Exception {
    assertThat(parse(PdfFixtures.scanned(1, Set.of(), Set.of()))).containsExactly(Block.image("第1页无文字层（扫描件）"));
    assertThat(parse(PdfFixtures.scanned(3, Set.of(2), Set.of(3))))
        .containsExactly(Block.image("第1页无文字层（扫描件）"), Block.text("Annual report 2023"));
  }

  @Test
  void encryptedPdfIsRefused() {
    assertThatThrownBy(() -> parser.blocks(PdfFixtures.encrypted()))
        .isInstanceOf(UnreadableDocumentException.class).hasMessage("PDF 已加密，无法读取");
  }

  @Test
  void pdfWithOnlyAnOwnerPasswordIsRead() throws Exception {
    byte[] pdf = PdfFixtures.encrypted(PdfFixtures.scanned(2, Set.of(2), Set.of()), "");
    assertThat(parse(pdf)).containsExactly(Block.image("第1页无文字层（扫描件）"), Block.text("Annual report 2023"));
  }

  @Test
  void damagedPdfsEndQuicklyWithAReason() {
    byte[] garbage = new byte[20_000];
    new Random(3).nextBytes(garbage);
    byte[] afterHeader = concat("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), garbage);
    assertTimeoutPreemptively(Duration.ofSeconds(15), () -> {
      assertThatThrownBy(() -> parser.blocks(afterHeader))
          .isInstanceOf(UnreadableDocumentException.class).hasMessageStartingWith("PDF 文件已损坏：");
      assertThatThrownBy(() -> parser.blocks(cyclicPdf()))
          .isInstanceOf(UnreadableDocumentException.class).hasMessageStartingWith("PDF ");
    });
  }

  @Test
  void otherInputIsRefused() {
    assertThatThrownBy(() -> parser.blocks(new byte[0]))
        .isInstanceOf(UnreadableDocumentException.class).hasMessage("文件为空，无法读取");
    byte[] random = new byte[4096];
    new Random(5).nextBytes(random);
    random[0] = 'x';
    assertThatThrownBy(() -> parser.blocks(random))
        .isInstanceOf(UnreadableDocumentException.class).hasMessage("这不是 PDF 文件（缺少 %PDF 文件头），无法读取");
    assertThatThrownBy(() -> parser.blocks(PdfFixtures.scanned(2, Set.of(), Set.of(1, 2))))
        .isInstanceOf(UnreadableDocumentException.class).hasMessage("PDF 中没有可读取的文字或图片");
  }

  /**
   * A PDF whose cross-reference section names itself as its previous one and whose page tree holds itself as
   * its own kid.
   */
  private static byte[] cyclicPdf() {
    StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
    int catalog = pdf.length();
    pdf.append("1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n");
    int pages = pdf.length();
    pdf.append("2 0 obj\n<< /Type /Pages /Kids [2 0 R] /Count 1 >>\nendobj\n");
    int xref = pdf.length();
    pdf.append("xref\n0 3\n0000000000 65535 f \n")
        .append(String.format("%010d 00000 n \n", catalog))
        .append(String.format("%010d 00000 n \n", pages))
        .append("trailer\n<< /Size 3 /Root 1 0 R /Prev ").append(xref).append(" >>\n")
        .append("startxref\n").append(xref).append("\n%%EOF\n");
    return pdf.toString().getBytes(StandardCharsets.US_ASCII);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(a);
    out.writeBytes(b);
    return out.toByteArray();
  }
}
