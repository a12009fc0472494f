package org.gongkai.core.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.gongkai.core.report.AnnualReport;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

class HtmlWriterTest {
  private static String html(AnnualReport r) {
    return new String(ReportWriters.write(r, OutputFormat.HTML), StandardCharsets.UTF_8);
  }

  private static Element cell(Element table, String text) {
    return table.select("th, td").stream().filter(e -> e.text().equals(text)).findFirst().orElseThrow();
  }

  private static List<String> numbersOfRow(Element table, String label) {
    return cell(table, label).parent().select("td.gk-num").stream().map(Element::text).toList();
  }

  @Test
  void writesACompleteUtf8PageWithTheReportBody() {
    String raw = html(SampleReport.format2021());
    assertThat(raw).startsWith("<!DOCTYPE html>");
    Document doc = Jsoup.parse(raw);
    assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("zh-CN");
    assertThat(doc.selectFirst("meta[charset]").attr("charset")).isEqualTo("utf-8");
    assertThat(doc.title()).isEqualTo(SampleReport.TITLE);
    assertThat(doc.selectFirst("h1").text()).isEqualTo(SampleReport.TITLE);
    assertThat(doc.select("h2").eachText()).containsExactly("一、总体情况", "二、主动公开政府信息情况",
        "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况",
        "六、其他需要报告的事项");
    assertThat(doc.select("article > p").eachText()).startsWith("根据《条例》规定，编制本报告。", "现将有关情况报告如下：",
        "（一）主动公开情况。本年主动公开信息120条。", "全年共收到申请2件。");
    assertThat(doc.selectFirst("p.gk-signature").text()).isEqualTo("示例县卫生健康局");
    assertThat(doc.selectFirst("p.gk-date").text()).isEqualTo("2024年1月22日");
    String css = doc.selectFirst("style").data();
    assertThat(css).contains(".gk-table-wrap{overflow-x:auto;", "text-align:right", "@media print", "仿宋");
    assertThat(doc.select("div.gk-table-wrap > table")).hasSize(3);
  }

  @Test
  void tableTwoHasTheTemplatesTwoLevelHeaderAndRowGroups() {
    Element t = Jsoup.parse(html(SampleReport.format2021())).select("table").get(1);
    Element note = t.selectFirst("thead th");
    assertThat(note.text()).isEqualTo(TemplateTables.BALANCE_NOTE);
    assertThat(note.attr("rowspan")).isEqualTo("3");
    assertThat(note.attr("colspan")).isEqualTo("3");
    assertThat(cell(t, "申请人情况").attr("colspan")).isEqualTo("7");
    assertThat(cell(t, "法人或其他组织").attr("colspan")).isEqualTo("5");
    assertThat(cell(t, "自然人").attr("rowspan")).isEqualTo("2");
    assertThat(cell(t, "总计").attr("rowspan")).isEqualTo("2");
    assertThat(t.select("thead tr")).hasSize(3);
    assertThat(t.select("tbody tr")).hasSize(25);
    assertThat(cell(t, "三、本年度办理结果").attr("rowspan")).isEqualTo("22");
    assertThat(cell(t, "（三）不予公开").attr("rowspan")).isEqualTo("8");
    assertThat(cell(t, "（四）无法提供").attr("rowspan")).isEqualTo("3");
    assertThat(cell(t, "（五）不予处理").attr("rowspan")).isEqualTo("5");
    assertThat(cell(t, "（六）其他处理").attr("rowspan")).isEqualTo("3");
    assertThat(cell(t, "（一）予以公开").attr("colspan")).isEqualTo("2");
    assertThat(cell(t, "（七）总计").attr("colspan")).isEqualTo("2");
    assertThat(cell(t, "一、本年新收政府信息公开申请数量").attr("colspan")).isEqualTo("3");
    assertThat(numbersOfRow(t, "1.本机关不掌握相关政府信息")).containsExactly("1", "0", "0", "0", "0", "0", "1");
    Elements carried = cell(t, "二、上年结转政府信息公开申请数量").parent().select("td.gk-num");
    assertThat(carried.get(4).text()).isEmpty();
    assertThat(carried.get(4).childNodeSize()).isZero();
  }

  @Test
  void format2019HasOneOtherHandlingRowAndTwentyResultRows() {
    Element t = Jsoup.parse(html(SampleReport.format2019())).select("table").get(1);
    assertThat(cell(t, "三、本年度办理结果").attr("rowspan")).isEqualTo("20");
    assertThat(cell(t, "（六）其他处理").attr("colspan")).isEqualTo("2");
    assertThat(cell(t, "（六）其他处理").hasAttr("rowspan")).isFalse();
    Element t1 = Jsoup.parse(html(SampleReport.format2019())).select("table").get(0);
    assertThat(numbersOfRow(t1, "政府集中采购")).containsExactly("3", "12.5");
    assertThat(cell(t1, "采购总金额（单位：万元）").attr("colspan")).isEqualTo("2");
    assertThat(numbersOfRow(t1, "行政许可")).containsExactly("12", "-2", "345");
  }

  @Test
  void tableThreeHasGroupHeadersAndOneRowOfFifteen() {
    Element t = Jsoup.parse(html(SampleReport.format2021())).select("table").get(2);
    assertThat(cell(t, "行政复议").attr("colspan")).isEqualTo("5");
    assertThat(cell(t, "行政诉讼").attr("colspan")).isEqualTo("10");
    assertThat(cell(t, "未经复议直接起诉").attr("colspan")).isEqualTo("5");
    assertThat(cell(t, "复议后起诉").attr("colspan")).isEqualTo("5");
    assertThat(t.select("thead tr").get(1).select("th").eachAttr("rowspan"))
        .containsExactly("2", "2", "2", "2", "2");
    assertThat(t.select("thead tr").get(2).select("th")).hasSize(10);
    assertThat(t.select("tbody tr td").stream().map(Element::text).toList())
        .containsExactly("1", "0", "0", "0", "1", "0", "1", "0", "0", "1", "0", "0", "0", "", "0");
  }

  @Test
  void escapesReportTextInsteadOfInterpretingIt() {
    AnnualReport r = new AnnualReport("<script>alert(1)</script>年度报告 & 附件", null, 2023,
        SampleReport.format2021().format(), null, "a < b", SampleReport.sections(), "\"引号\"机关", null, null,
        null, null, List.of());
    String raw = html(r);
    assertThat(raw).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    Document doc = Jsoup.parse(raw);
    assertThat(doc.select("script")).isEmpty();
    assertThat(doc.selectFirst("h1").text()).isEqualTo("<script>alert(1)</script>年度报告 & 附件");
    assertThat(doc.title()).isEqualTo("<script>alert(1)</script>年度报告 & 附件");
    assertThat(doc.select("table")).isEmpty();
    String fragment = ReportWriters.htmlFragment(r);
    assertThat(fragment).doesNotContain("<script>");
    assertThat(Jsoup.parseBodyFragment(fragment).select("script")).isEmpty();
  }

  @Test
  void fragmentIsTheArticleWithoutPageScaffolding() {
    String fragment = ReportWriters.htmlFragment(SampleReport.format2021());
    assertThat(fragment).startsWith("<article class=\"gk-report\">").doesNotContain("<html", "<head", "<body",
        "<!DOCTYPE");
    Document doc = Jsoup.parseBodyFragment(fragment);
    assertThat(doc.selectFirst("article h1").text()).isEqualTo(SampleReport.TITLE);
    assertThat(doc.select("article table")).hasSize(3);
  }

  @Test
  void aPicturedTableIsMarkedAndAnAbsentOneOmitted() {
    Document doc = Jsoup.parse(html(SampleReport.picturedRequests()));
    assertThat(doc.select("table")).hasSize(1);
    assertThat(doc.select("p.gk-picture").eachText()).containsExactly("[image: 表格为图片]");
    Element picture = doc.selectFirst("p.gk-picture");
    assertThat(picture.previousElementSibling().text()).isEqualTo("三、收到和处理政府信息公开申请情况");
  }
}
