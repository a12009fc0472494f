package org.gongkai.core.read;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** A table cell's text with its line structure: {@code <br>} and block boundaries become line breaks. */
final class HtmlCellText {
  private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template");
  private static final Set<String> BLOCK = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
      "dl", "dt", "dd", "section", "blockquote", "pre", "center", "table", "tr");

  private HtmlCellText() {}

  static String of(Element cell) {
    StringBuilder out = new StringBuilder();
    walk(cell, out);
    return out.toString();
  }

  private static void walk(Element parent, StringBuilder out) {
    for (Node child : parent.childNodes()) {
      if (child instanceof TextNode t) {
        out.append(t.getWholeText().replace('\n', ' ').replace('\r', ' ').replace('\t', ' '));
      } else if (child instanceof Element e) {
        String tag = e.normalName();
        if (SKIPPED.contains(tag)) {
          continue;
        }
        if (tag.equals("br")) {
          out.append('\n');
        } else if (BLOCK.contains(tag)) {
          out.append('\n');
          walk(e, out);
          out.append('\n');
        } else {
          walk(e, out);
          if (tag.equals("td") || tag.equals("th")) {
            out.append(' ');
          }
        }
      }
    }
  }
}
