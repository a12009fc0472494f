package org.gongkai.core.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HtmlParserTest {
  private final HtmlParser parser = new HtmlParser();

  private List<Block> parse(String html, Charset charset) throws UnreadableDocumentException {
    List<Block> blocks = parser.blocks(html.getBytes(charset));
    Blocks.assertWellFormed(blocks);
    return blocks;
  }

  @Test
  void portalPageGivesTheArticleWithoutTheSiteAround() throws Exception {
    List<Block> blocks = parser.blocks(Blocks.fixture("html/weijian-2023.html"));
    Blocks.assertWellFormed(blocks);
    List<String> texts = Blocks.texts(blocks);
    assertThat(texts.get(0)).isEqualTo("示例县卫生健康局2023年政府信息公开工作年度报告");
    assertThat(texts.get(1)).startsWith("根据《中华人民共和国政府信息公开条例》").endsWith("（电话：0000-1234567）。");
    assertThat(texts).contains("一、总体情况", "（一）主动公开情况", "二、主动公开政府信息情况", "六、其他需要报告的事项",
        "示例县卫生健康局", "2024年1月20日");
    // Banner, menu, breadcrumb, footer and scripts are gone.
    assertThat(String.join("\n", texts)).doesNotContain("首页", "当前位置", "版权所有", "统计代码", "_hmt", "fontSize");
    // Page tools (print, close) are script links.
    assertThat(texts.get(texts.size() - 1)).isEqualTo("2024年1月20日");
    // The layout table around the article does not become a table: only the report's three tables do.
    assertThat(Blocks.tables(blocks)).hasSize(3);
  }

  @Test
  void templateTablesKeepMergedCellsOnceAndRowsWithTheirNumbers() throws Exception {
    List<Block> blocks = parser.blocks(Blocks.fixture("html/weijian-2023.html"));
    List<List<List<String>>> tables = Blocks.tables(blocks);
    assertThat(tables.get(0).get(0)).containsExactly("第二十条第（一）项");
    assertThat(Blocks.after(blocks, "行政规范性文件")).containsExactly("2", "1", "5");
    assertThat(Blocks.after(blocks, "行政许可")).containsExactly("346");
    assertThat(Blocks.after(blocks, "行政事业性收费")).containsExactly("0");

    List<List<String>> requests = tables.get(1);
    assertThat(requests).hasSize(3 + 25);
    assertThat(requests.get(0)).containsExactly(
        "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "申请人情况");
    assertThat(requests.get(1)).containsExactly("自然人", "法人或其他组织", "总计");
    assertThat(requests.get(2)).containsExactly("商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他");
    assertThat(Blocks.after(blocks, "一、本年新收政府信息公开申请数量")).containsExactly("3", "0", "0", "0", "0", "0", "3");
    assertThat(Blocks.row(blocks, "（一）予以公开"))
        .containsExactly("三、本年度办理结果", "（一）予以公开", "2", "0", "0", "0", "0", "0", "2");
    assertThat(Blocks.row(blocks, "2.重复申请")).containsExactly("2.重复申请", "0", "0", "0", "0", "0", "0", "0");
    assertThat(Blocks.after(blocks, "（四）无法提供")).containsExactly("1.本机关不掌握相关政府信息", "1", "0", "0", "0", "0", "0", "1");
    assertThat(Blocks.after(blocks, "四、结转下年度继续办理")).containsExactly("1", "0", "0", "0", "0", "0", "1");

    List<List<String>> appeals = tables.get(2);
    assertThat(appeals.get(0)).containsExactly("行政复议", "行政诉讼");
    assertThat(appeals.get(3)).containsExactly("1", "0", "0", "0", "1", "0", "1", "0", "0", "1", "0", "0", "0", "0", "0");
  }

  @Test
  void pictureWithoutAltIsNamedByItsFileAndStandsInPlace() throws Exception {
    List<Block> blocks = parser.blocks(Blocks.fixture("html/weijian-2023.html"));
    int image = blocks.indexOf(Block.image("gongkai_qrcode.png"));
    assertThat(image).isPositive();
    assertThat(blocks.get(image - 1)).isEqualTo(Block.text("无。"));
    assertThat(blocks.get(image + 1)).isEqualTo(Block.text("示例县卫生健康局"));
  }

  @Test
  void brSeparatedLinesAreSeparateTexts() throws Exception {
    List<String> texts = Blocks.texts(parser.blocks(Blocks.fixture("html/weijian-2023.html")));
    int fee = texts.indexOf("（一）收取信息处理费情况");
    assertThat(texts.get(fee + 1)).isEqualTo("本年度未收取信息处理费。");
  }

  @Test
  void gbkPageWithHttpEquivCharsetAndUnclosedTagsIsRead() throws Exception {
    List<Block> blocks = parser.blocks(Blocks.fixture("html/jiaoyu-2022-gbk.html"));
    Blocks.assertWellFormed(blocks);
    assertThat(Blocks.texts(blocks).get(0)).isEqualTo("示例市教育局2022年政府信息公开工作年度报告");
    assertThat(Blocks.texts(blocks)).contains("一、总体情况", "示例市教育局", "2023年1月18日");
    assertThat(Blocks.after(blocks, "行政事业性收费")).containsExactly("12.50");
    assertThat(Blocks.tables(blocks).get(1)).hasSize(28);
    assertThat(Blocks.after(blocks, "一、本年新收政府信息公开申请数量")).containsExactly("12", "2", "0", "1", "0", "0", "15");
    assertThat(Blocks.after(blocks, "3.危及“三安全一稳定”")).containsExactly("0", "0", "0", "0", "0", "0", "0");
    assertThat(Blocks.after(blocks, "4.保护第三方合法权益")).containsExactly("1", "0", "0", "0", "0", "0", "1");
  }

  @Test
  void charsetComesFromBomThenMetaThenUtf8ThenGb18030() throws Exception {
    String page = "<p>示例市教育局</p>";
    Charset gbk = Charset.forName("GBK");
    assertThat(parse("<meta charset=\"gbk\">" + page, gbk)).containsExactly(Block.text("示例市教育局"));
    assertThat(parse("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=GB2312\">" + page, gbk))
        .containsExactly(Block.text("示例市教育局"));
    // No declaration: valid UTF-8 is UTF-8, anything else the Chinese national charset.
    assertThat(parse(page, StandardCharsets.UTF_8)).containsExactly(Block.text("示例市教育局"));
    assertThat(parse(page, gbk)).containsExactly(Block.text("示例市教育局"));
    byte[] bom = ("\ufeff" + page).getBytes(StandardCharsets.UTF_16LE);
    assertThat(parser.blocks(bom)).containsExactly(Block.text("示例市教育局"));
  }

  @Test
  void cellTextKeepsLineBreaksAndMergedCellsAppearOnce() throws Exception {
    List<Block> blocks = parse("<table><tr><td rowspan=2>（三）<br>不予公开</td><td colspan=2> <p>1.属于</p><p>国家秘密</p>"
        + "</td><td>&nbsp;</td></tr><tr><td>0</td></tr></table>", StandardCharsets.UTF_8);
    assertThat(blocks).containsExactly(Block.marker(Block.Kind.TABLE_START), Block.marker(Block.Kind.ROW_START),
        Block.cell("（三）\n不予公开"), Block.cell("1.属于\n国家秘密"), Block.cell(""), Block.marker(Block.Kind.ROW_END),
        Block.marker(Block.Kind.ROW_START), Block.cell("0"), Block.marker(Block.Kind.ROW_END),
        Block.marker(Block.Kind.TABLE_END));
  }

  @Test
  void layoutTableReleasesNestedTablesAndTextAroundThem() throws Exception {
    List<Block> blocks = parse("<table><tr><td><h2>标题</h2>前言<table><tr><td>行政许可</td><td>346</td></tr></table>"
        + "<div>结尾</div></td><td><img src='a/b/表3.png?x=1'></td></tr></table>", StandardCharsets.UTF_8);
    assertThat(blocks).containsExactly(Block.text("标题"), Block.text("前言"), Block.marker(Block.Kind.TABLE_START),
        Block.marker(Block.Kind.ROW_START), Block.cell("行政许可"), Block.cell("346"), Block.marker(Block.Kind.ROW_END),
        Block.marker(Block.Kind.TABLE_END), Block.text("结尾"), Block.image("表3.png"));
  }

  @Test
  void hiddenScriptsAndMenusAreSkippedButArticleHeadersKept() throws Exception {
    List<Block> blocks = parse("<nav>首页 政务公开</nav><article><header><h1>年度报告</h1></header>"
        + "<p style='display: none'>隐藏</p><script>var a=1;</script><p>正文<img alt='统计图' src='x.png'></p></article>"
        + "<div class='footer'>版权所有</div><div class='header'><h1>示例县2023年年度报告</h1></div>", StandardCharsets.UTF_8);
    assertThat(blocks).containsExactly(Block.text("年度报告"), Block.text("正文"), Block.image("统计图"),
        Block.text("示例县2023年年度报告"));
  }

  @Test
  void emptyAndBinaryInputAreRefused() {
    assertThatThrownBy(() -> parser.blocks(new byte[0]))
        .isInstanceOf(UnreadableDocumentException.class).hasMessage("文件为空，无法读取");
    byte[] random = new byte[4096];
    new Random(7).nextBytes(random);
    assertThatThrownBy(() -> parser.blocks(random))
        .isInstanceOf(UnreadableDocumentException.class).hasMessage("这不是 HTML 网页文件（含有二进制内容），无法读取");
    assertThatThrownBy(() -> parser.blocks("<html><script>x</script></html>".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(UnreadableDocumentException.class).hasMessage("网页中没有可读取的正文");
  }
}
