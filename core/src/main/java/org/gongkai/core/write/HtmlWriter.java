package org.gongkai.core.write;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.gongkai.core.report.AnnualReport;
import org.gongkai.core.write.ReportLayout.Part;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A complete HTML page, or the body fragment the web server embeds. Built as a jsoup tree so that every piece
 * of report text is escaped by the serializer, never pasted into markup.
 */
final class HtmlWriter {
  private static final String CSS = """
      body{margin:0;background:#f3f3f3;}
      .gk-report{box-sizing:border-box;max-width:210mm;margin:0 auto;padding:24px 28px;background:#fff;color:#000;\
      font-family:"仿宋_GB2312","仿宋",FangSong,STFangsong,"宋体",SimSun,"Songti SC",serif;font-size:16pt;line-height:1.75;}
      .gk-report h1{font-family:"方正小标宋简体","方正小标宋_GBK","华文中宋",STZhongsong,"宋体",SimSun,"Songti SC",serif;\
      font-size:22pt;font-weight:normal;text-align:center;line-height:1.4;margin:0 0 1em;}
      .gk-report h2{font-family:"黑体",SimHei,"Heiti SC","Microsoft YaHei",sans-serif;font-size:16pt;font-weight:normal;\
      text-indent:2em;margin:.6em 0 0;}
      .gk-report p{margin:0;text-indent:2em;text-align:justify;}
      .gk-table-wrap{overflow-x:auto;-webkit-overflow-scrolling:touch;margin:.6em 0 1em;}
      .gk-table{border-collapse:collapse;min-width:100%;font-size:10.5pt;line-height:1.4;}
      .gk-table th,.gk-table td{border:1px solid #000;padding:3px 5px;vertical-align:middle;}
      .gk-table th{font-weight:normal;text-align:center;}
      .gk-table td.gk-label{text-align:left;}
      .gk-table td.gk-num{text-align:center;white-space:nowrap;min-width:2.5em;}
      .gk-report p.gk-picture{text-indent:0;text-align:center;color:#555;}
      .gk-report p.gk-signature,.gk-report p.gk-date{text-indent:0;text-align:right;padding-right:4em;}
      .gk-report p.gk-signature{margin-top:2em;}
      @media (max-width:600px){.gk-report{padding:12px;font-size:13pt;}.gk-report h1{font-size:18pt;}\
      .gk-report h2{font-size:13pt;}.gk-report p.gk-signature,.gk-report p.gk-date{padding-right:0;}}
      @media print{body{background:#fff;}.gk-report{max-width:none;padding:0;}.gk-table-wrap{overflow:visible;}\
      .gk-table tr{page-break-inside:avoid;}@page{size:A4;margin:37mm 26mm 35mm 28mm;}}
      """;

  private HtmlWriter() {}

  static byte[] write(AnnualReport r) {
    Document doc = Document.createShell("");
    doc.outputSettings().charset(StandardCharsets.UTF_8).prettyPrint(true);
    doc.selectFirst("html").attr("lang", "zh-CN");
    Element head = doc.head();
    head.appendElement("meta").attr("charset", "utf-8");
    head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
    head.appendElement("title").text(XmlChars.clean(
        r.title() == null || r.title().isBlank() ? "政府信息公开工作年度报告" : r.title().strip()));
    head.appendElement("style").appendChild(new DataNode(CSS));
    doc.body().appendChild(article(r));
    return ("<!DOCTYPE html>\n" + doc.html() + "\n").getBytes(StandardCharsets.UTF_8);
  }

  static String fragment(AnnualReport r) {
    Element article = article(r);
    // An element serialises with its document's settings; a holder gives the fragment the page's UTF-8 output.
    Document holder = Document.createShell("");
    holder.outputSettings().charset(StandardCharsets.UTF_8).prettyPrint(true);
    holder.body().appendChild(article);
    return article.outerHtml();
  }

  private static Element article(AnnualReport r) {
    Element article = new Element("article").addClass("gk-report");
    for (Part part : ReportLayout.parts(r)) {
      if (part instanceof ReportLayout.Title t) {
        article.appendElement("h1").text(XmlChars.clean(t.text()));
      } else if (part instanceof ReportLayout.Paragraph p) {
        article.appendElement("p").text(XmlChars.clean(p.text()));
      } else if (part instanceof ReportLayout.Heading h) {
        article.appendElement("h2").text(XmlChars.clean(h.text()));
      } else if (part instanceof ReportLayout.Table t) {
        article.appendElement("div").addClass("gk-table-wrap").appendChild(table(ReportLayout.grid(r, t.id())));
      } else if (part instanceof ReportLayout.Picture) {
        article.appendElement("p").addClass("gk-picture").text(ReportLayout.PICTURE);
      } else if (part instanceof ReportLayout.Signature s) {
        article.appendElement("p").addClass("gk-signature").text(XmlChars.clean(s.text()));
      } else if (part instanceof ReportLayout.DateLine d) {
        article.appendElement("p").addClass("gk-date").text(d.text());
      }
    }
    return article;
  }

  private static Element table(Grid grid) {
    Element table = new Element("table").addClass("gk-table");
    Element thead = grid.headerRows() > 0 ? table.appendElement("thead") : null;
    Element tbody = table.appendElement("tbody");
    List<List<GridCell>> rows = grid.rows();
    for (int r = 0; r < rows.size(); r++) {
      Element tr = (r < grid.headerRows() ? thead : tbody).appendElement("tr");
      for (GridCell cell : rows.get(r)) {
        Element td = tr.appendElement(cell.kind() == GridCell.Kind.HEADER ? "th" : "td");
        if (cell.rowSpan() > 1) {
          td.attr("rowspan", Integer.toString(cell.rowSpan()));
        }
        if (cell.colSpan() > 1) {
          td.attr("colspan", Integer.toString(cell.colSpan()));
        }
        if (cell.kind() == GridCell.Kind.LABEL) {
          td.addClass("gk-label");
        } else if (cell.kind() != GridCell.Kind.HEADER) {
          td.addClass("gk-num");
        }
        td.text(XmlChars.clean(cell.text()));
      }
    }
    return table;
  }
}
