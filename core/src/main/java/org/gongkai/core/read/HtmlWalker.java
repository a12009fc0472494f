package org.gongkai.core.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** Walks a parsed page in document order and writes its blocks. */
final class HtmlWalker {
  private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "head", "iframe",
      "object", "embed", "select", "option", "button", "input", "textarea", "svg", "math", "map", "audio", "video");
  private static final Set<String> BLOCK = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
      "dl", "dt", "dd", "section", "article", "main", "blockquote", "pre", "center", "form", "fieldset", "address",
      "figure", "figcaption", "caption", "hr", "header", "footer", "nav", "aside", "body", "tr", "td", "th",
      "tbody", "thead", "tfoot", "details", "summary", "legend");
  private static final Set<String> BOILERPLATE_TAGS = Set.of("nav", "header", "footer", "aside");
  /** Class and id names portals give to their banner, menus, breadcrumbs and footer. */
  private static final Pattern BOILERPLATE_NAME = Pattern.compile(
      "(nav|navbar|menu|topmenu|header|footer|foot|breadcrumbs?|crumbs?|sidebar|topbar|copyright|share|dqwz|"
          + "position|location|site-header|site-footer|site-nav)([-_]?(bar|box|wrap|list))?");
  private static final int BOILERPLATE_MAX_CHARS = 1000;

  private final BlockSink sink;
  private final StringBuilder line = new StringBuilder();
  private int preDepth;

  HtmlWalker(BlockSink sink) {
    this.sink = sink;
  }

  void body(Element body) {
    if (body != null) {
      flow(body);
      flush();
    }
  }

  private void flow(Element parent) {
    for (Node child : parent.childNodes()) {
      node(child);
    }
  }

  private void node(Node node) {
    if (node instanceof TextNode t) {
      appendText(t.getWholeText());
      return;
    }
    if (!(node instanceof Element e)) {
      return;
    }
    String tag = e.normalName();
    if (SKIPPED.contains(tag) || hidden(e) || boilerplate(e) || scriptLink(e)) {
      return;
    }
    switch (tag) {
      case "br" -> flush();
      case "img" -> {
        flush();
        sink.image(imageName(e));
      }
      case "table" -> {
        flush();
        table(e);
      }
      default -> {
        boolean block = BLOCK.contains(tag);
        boolean pre = tag.equals("pre") || tag.equals("textarea");
        if (block) {
          flush();
        }
        preDepth += pre ? 1 : 0;
        flow(e);
        preDepth -= pre ? 1 : 0;
        if (block) {
          flush();
        }
      }
    }
  }

  private void appendText(String text) {
    if (preDepth > 0) {
      String[] lines = text.split("\r?\n", -1);
      for (int i = 0; i < lines.length; i++) {
        if (i > 0) {
          flush();
        }
        line.append(lines[i]);
      }
    } else {
      line.append(text.replace('\n', ' ').replace('\r', ' ').replace('\t', ' '));
    }
  }

  private void flush() {
    if (line.length() > 0) {
      sink.text(line.toString());
      line.setLength(0);
    }
  }

  private void table(Element table) {
    List<List<Element>> rows = rows(table);
    if (isLayout(table, rows)) {
      for (List<Element> row : rows) {
        for (Element cell : row) {
          flow(cell);
          flush();
        }
      }
      return;
    }
    for (Element caption : table.children()) {
      if (caption.normalName().equals("caption")) {
        sink.text(HtmlCellText.of(caption).replace('\n', ' '));
      }
    }
    if (rows.isEmpty()) {
      return;
    }
    sink.marker(Block.Kind.TABLE_START);
    for (List<Element> row : rows) {
      sink.marker(Block.Kind.ROW_START);
      for (Element cell : row) {
        sink.cell(HtmlCellText.of(cell));
      }
      sink.marker(Block.Kind.ROW_END);
    }
    sink.marker(Block.Kind.TABLE_END);
  }

  /** The rows of this table itself (not of tables nested in its cells), each with its td/th cells. */
  private static List<List<Element>> rows(Element table) {
    List<List<Element>> rows = new ArrayList<>();
    for (Element child : table.children()) {
      String tag = child.normalName();
      if (tag.equals("tr")) {
        addRow(rows, child);
      } else if (tag.equals("tbody") || tag.equals("thead") || tag.equals("tfoot")) {
        for (Element tr : child.children()) {
          if (tr.normalName().equals("tr")) {
            addRow(rows, tr);
          }
        }
      }
    }
    return rows;
  }

  private static void addRow(List<List<Element>> rows, Element tr) {
    if (hidden(tr)) {
      return;
    }
    List<Element> cells = new ArrayList<>();
    for (Element cell : tr.children()) {
      String tag = cell.normalName();
      if ((tag.equals("td") || tag.equals("th")) && !hidden(cell)) {
        cells.add(cell);
      }
    }
    rows.add(cells);
  }

  /**
   * A table used to lay out a page (content in its cells: nested tables, headings, or a single column of
   * paragraphs) rather than to hold data; its content is read as the page flow.
   */
  private static boolean isLayout(Element table, List<List<Element>> rows) {
    boolean singleColumn = true;
    for (List<Element> row : rows) {
      singleColumn &= row.size() <= 1;
      for (Element cell : row) {
        if (!cell.select("table, h1, h2, h3, h4, h5, h6").isEmpty()) {
          return true;
        }
      }
    }
    return singleColumn && !table.select("p, div, ul, ol, img").isEmpty();
  }

  /** Page tools such as 【打印本页】【关闭窗口】 are links that run a script, never content. */
  private static boolean scriptLink(Element e) {
    return e.normalName().equals("a") && e.attr("href").strip().toLowerCase(Locale.ROOT).startsWith("javascript:");
  }

  private static boolean hidden(Element e) {
    if (e.hasAttr("hidden")) {
      return true;
    }
    String style = e.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
    return style.contains("display:none") || style.contains("visibility:hidden");
  }

  /**
   * Site furniture (menus, banner, breadcrumbs, footer). Only small elements without a data table or a main
   * heading qualify, so that a page which wraps its title or whole article in, say, a {@code <header>} loses
   * nothing.
   */
  private static boolean boilerplate(Element e) {
    boolean named = BOILERPLATE_TAGS.contains(e.normalName()) && e.closest("article, main") == null;
    if (!named) {
      for (String token : (e.id() + " " + e.className()).toLowerCase(Locale.ROOT).split("\\s+")) {
        named |= !token.isEmpty() && BOILERPLATE_NAME.matcher(token).matches();
      }
    }
    if (!named || !e.select("h1").isEmpty()) {
      return false;
    }
    for (Element table : e.select("table")) {
      if (table.select("tr").size() >= 3) {
        return false;
      }
    }
    return e.text().length() <= BOILERPLATE_MAX_CHARS;
  }

  private static String imageName(Element img) {
    String alt = img.attr("alt").strip();
    if (!alt.isEmpty()) {
      return alt;
    }
    String src = img.attr("src");
    if (src.isBlank() || src.startsWith("data:")) {
      src = img.attr("data-src");
    }
    return Texts.fileName(src);
  }
}
