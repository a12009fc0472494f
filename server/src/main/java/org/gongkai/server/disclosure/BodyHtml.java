package org.gongkai.server.disclosure;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * The rich text of a publication body. What staff type or paste is cleaned with a jsoup safelist (text formatting,
 * headings, lists, tables, links) before it is stored, so the portal never shows HTML a user wrote.
 */
final class BodyHtml {
  private static final Safelist SAFE = Safelist.relaxed()
      .removeTags("img")
      .addAttributes("td", "rowspan", "colspan")
      .addAttributes("th", "rowspan", "colspan")
      .addProtocols("a", "href", "https")
      .addEnforcedAttribute("a", "rel", "noopener nofollow");

  private BodyHtml() {}

  /** The input with everything outside the safelist removed. */
  static String clean(String html) {
    if (html == null) {
      return "";
    }
    Document.OutputSettings out = new Document.OutputSettings().prettyPrint(false);
    return Jsoup.clean(html, "", SAFE, out).trim();
  }

  /** The text of the (already clean) body, for search and summaries. */
  static String text(String html) {
    return Jsoup.parse(html == null ? "" : html).text();
  }
}
