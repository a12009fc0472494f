package org.gongkai.core.read;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Walks a DOCX body's WordprocessingML in document order, including what the POI object model does not list
 * in place: content controls, text boxes (also inside markup-compatibility alternatives) and pictures.
 */
final class DocxWalker {
  private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  private static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
  private static final String WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
  private static final String PIC = "http://schemas.openxmlformats.org/drawingml/2006/picture";
  private static final String CHART = "http://schemas.openxmlformats.org/drawingml/2006/chart";
  private static final String VML = "urn:schemas-microsoft-com:vml";
  private static final String OFFICE = "urn:schemas-microsoft-com:office:office";

  private final BlockSink sink;
  private final DocxNumbering numbering;
  private final StringBuilder line = new StringBuilder();
  /** Inside a table cell: line breaks stay in the cell's text and pictures are not blocks of their own. */
  private boolean inCell;

  DocxWalker(BlockSink sink, DocxNumbering numbering) {
    this.sink = sink;
    this.numbering = numbering;
  }

  /** Block-level content: paragraphs, tables and their wrappers. */
  void blockContent(Node parent) {
    for (Element e : children(parent)) {
      if (is(e, W, "p")) {
        paragraph(e);
        endLine();
      } else if (is(e, W, "tbl")) {
        table(e);
      } else if (is(e, W, "sdt") || is(e, W, "sdtContent") || is(e, W, "customXml") || is(e, W, "ins")
          || is(e, W, "moveTo")) {
        blockContent(e);
      } else if (is(e, MC, "AlternateContent")) {
        blockContent(alternative(e));
      }
    }
  }

  /** A paragraph's content, led by its automatic number when it has one and some text. */
  private void paragraph(Element p) {
    String label = numbering.label(p);
    int start = line.length();
    inline(p);
    if (!label.isEmpty() && line.length() > start && !line.substring(start).isBlank()) {
      line.insert(start, label);
    }
  }

  private void inline(Node parent) {
    for (Element e : children(parent)) {
      if (!W.equals(e.getNamespaceURI())) {
        if (is(e, MC, "AlternateContent")) {
          inline(alternative(e));
        }
        continue;
      }
      switch (e.getLocalName()) {
        case "r", "hyperlink", "smartTag", "ins", "fldSimple", "sdt", "sdtContent", "customXml", "moveTo", "dir",
            "bdo" -> inline(e);
        case "t" -> appendText(e);
        case "tab", "ptab" -> line.append(' ');
        case "noBreakHyphen" -> line.append('-');
        case "br", "cr" -> endLine();
        case "drawing", "pict", "object" -> drawing(e);
        default -> { }
      }
    }
  }

  /** xmlbeans' DOM has no getTextContent, so the text nodes are read one by one. */
  private void appendText(Element t) {
    for (Node n = t.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
        line.append(n.getNodeValue());
      }
    }
  }

  private void endLine() {
    if (inCell) {
      line.append('\n');
    } else if (line.length() > 0) {
      sink.text(line.toString());
      line.setLength(0);
    }
  }

  /** A drawing stands where it is anchored: text boxes give their own paragraphs and tables, pictures an IMAGE. */
  private void drawing(Element drawing) {
    if (inCell) {
      return;
    }
    endLine();
    List<Element> boxes = new ArrayList<>();
    topmost(drawing, W, "txbxContent", boxes);
    for (Element box : boxes) {
      blockContent(box);
    }
    List<Element> pictures = new ArrayList<>();
    topmost(drawing, PIC, "pic", pictures);
    topmost(drawing, VML, "imagedata", pictures);
    topmost(drawing, CHART, "chart", pictures);
    if (!pictures.isEmpty()) {
      sink.image(pictureName(drawing, pictures.get(0)));
    }
  }

  private static String pictureName(Element drawing, Element picture) {
    for (Element docPr : descendants(drawing, WP, "docPr")) {
      for (String attr : new String[] {"descr", "title", "name"}) {
        String v = docPr.getAttribute(attr);
        if (!v.isBlank()) {
          return v;
        }
      }
    }
    if (is(picture, VML, "imagedata")) {
      String title = picture.getAttributeNS(OFFICE, "title");
      if (!title.isBlank()) {
        return title;
      }
      Node shape = picture.getParentNode();
      if (shape instanceof Element s && !s.getAttribute("alt").isBlank()) {
        return s.getAttribute("alt");
      }
    }
    return "";
  }

  private void table(Element tbl) {
    List<List<Element>> rows = new ArrayList<>();
    for (Element tr : unwrap(tbl, "tr")) {
      rows.add(unwrap(tr, "tc"));
    }
    if (!descendants(tbl, W, "tbl").isEmpty()) {
      // A table holding tables lays out the page: its cells are read as flow so that the inner tables stand alone.
      for (List<Element> row : rows) {
        for (Element tc : row) {
          blockContent(tc);
        }
      }
      return;
    }
    sink.marker(Block.Kind.TABLE_START);
    for (List<Element> row : rows) {
      sink.marker(Block.Kind.ROW_START);
      for (Element tc : row) {
        sink.cell(continuesMerge(tc) ? "" : cellText(tc));
      }
      sink.marker(Block.Kind.ROW_END);
    }
    sink.marker(Block.Kind.TABLE_END);
  }

  private String cellText(Element tc) {
    inCell = true;
    try {
      line.setLength(0);
      for (Element p : descendants(tc, W, "p")) {
        paragraph(p);
        line.append('\n');
      }
      return line.toString();
    } finally {
      line.setLength(0);
      inCell = false;
    }
  }

  /** The lower part of a vertically merged cell: {@code <w:vMerge/>} or {@code w:val="continue"}. */
  private static boolean continuesMerge(Element tc) {
    for (Element tcPr : children(tc)) {
      if (is(tcPr, W, "tcPr")) {
        for (Element p : children(tcPr)) {
          if (is(p, W, "vMerge")) {
            String val = p.getAttributeNS(W, "val");
            return val.isEmpty() || val.equals("continue");
          }
        }
      }
    }
    return false;
  }

  /** Children named {@code name}, also inside content controls and custom XML wrappers. */
  private static List<Element> unwrap(Element parent, String name) {
    List<Element> out = new ArrayList<>();
    for (Element e : children(parent)) {
      if (is(e, W, name)) {
        out.add(e);
      } else if (is(e, W, "sdt") || is(e, W, "sdtContent") || is(e, W, "customXml")) {
        out.addAll(unwrap(e, name));
      }
    }
    return out;
  }

  /** Of two markup-compatibility alternatives only one is meant to be shown: the first choice, else the fallback. */
  private static Element alternative(Element alternateContent) {
    Element fallback = alternateContent;
    for (Element e : children(alternateContent)) {
      if (is(e, MC, "Choice")) {
        return e;
      }
      if (is(e, MC, "Fallback")) {
        fallback = e;
      }
    }
    return fallback;
  }

  /** Descendants matching the name that are not inside another match (and, for alternatives, only the chosen one). */
  private static void topmost(Element parent, String ns, String name, List<Element> out) {
    for (Element e : children(parent)) {
      if (is(e, ns, name)) {
        out.add(e);
      } else if (is(e, MC, "AlternateContent")) {
        topmost(alternative(e), ns, name, out);
      } else {
        topmost(e, ns, name, out);
      }
    }
  }

  private static List<Element> descendants(Element parent, String ns, String name) {
    List<Element> out = new ArrayList<>();
    topmost(parent, ns, name, out);
    return out;
  }

  private static List<Element> children(Node parent) {
    List<Element> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e) {
        out.add(e);
      }
    }
    return out;
  }

  private static boolean is(Element e, String ns, String local) {
    return local.equals(e.getLocalName()) && ns.equals(e.getNamespaceURI());
  }
}
