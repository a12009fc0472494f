package org.gongkai.core.read;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Word's automatic numbering: the label ("一、", "（二）", "3.") a numbered paragraph shows but does not store in
 * its text. Section headings are often numbered this way, and the grammar needs their numerals.
 */
final class DocxNumbering {
  private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  private static final String[] DIGITS = {"〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
  private static final String[] HEAVENLY_STEMS = {"甲", "乙", "丙", "丁", "戊", "己", "庚", "辛", "壬", "癸"};
  private static final int LEVELS = 9;

  private final XWPFDocument doc;
  private final XWPFNumbering numbering;
  /** Current counter of every level, per abstract numbering definition (lists sharing one count together). */
  private final Map<BigInteger, int[]> counters = new HashMap<>();

  DocxNumbering(XWPFDocument doc) {
    this.doc = doc;
    this.numbering = doc.getNumbering();
  }

  /** The label of the paragraph, counting it; empty for an unnumbered or bulleted paragraph. */
  String label(Element paragraph) {
    if (numbering == null) {
      return "";
    }
    try {
      int[] ref = reference(paragraph);
      if (ref == null) {
        return "";
      }
      XWPFNum num = numbering.getNum(BigInteger.valueOf(ref[0]));
      if (num == null || num.getCTNum().getAbstractNumId() == null) {
        return "";
      }
      BigInteger abstractId = num.getCTNum().getAbstractNumId().getVal();
      XWPFAbstractNum abstractNum = numbering.getAbstractNum(abstractId);
      if (abstractNum == null) {
        return "";
      }
      CTAbstractNum definition = abstractNum.getCTAbstractNum();
      int level = Math.max(0, Math.min(LEVELS - 1, ref[1]));
      int[] count = counters.computeIfAbsent(abstractId, k -> new int[LEVELS]);
      count[level] = count[level] == 0 ? start(definition, level) : count[level] + 1;
      for (int deeper = level + 1; deeper < LEVELS; deeper++) {
        count[deeper] = 0;
      }
      CTLvl lvl = lvl(definition, level);
      if (lvl == null || lvl.getLvlText() == null) {
        return "";
      }
      String format = lvl.getNumFmt() == null ? "decimal" : lvl.getNumFmt().getVal().toString();
      if (format.equals("bullet") || format.equals("none")) {
        return "";
      }
      String text = lvl.getLvlText().getVal();
      for (int l = 0; l <= level; l++) {
        CTLvl at = lvl(definition, l);
        String f = at == null || at.getNumFmt() == null ? "decimal" : at.getNumFmt().getVal().toString();
        int value = count[l] == 0 ? start(definition, l) : count[l];
        text = text.replace("%" + (l + 1), format(value, f));
      }
      return text;
    } catch (RuntimeException unusual) {
      // A numbering definition POI cannot follow costs the label, not the document.
      return "";
    }
  }

  /** numId and level from the paragraph's own properties, else from its paragraph style. */
  private int[] reference(Element paragraph) {
    for (Node n = paragraph.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element pPr && "pPr".equals(pPr.getLocalName()) && W.equals(pPr.getNamespaceURI())) {
        String style = null;
        for (Node c = pPr.getFirstChild(); c != null; c = c.getNextSibling()) {
          if (c instanceof Element e && W.equals(e.getNamespaceURI())) {
            if ("numPr".equals(e.getLocalName())) {
              String numId = child(e, "numId");
              String ilvl = child(e, "ilvl");
              if (numId != null) {
                return new int[] {Integer.parseInt(numId), ilvl == null ? 0 : Integer.parseInt(ilvl)};
              }
            } else if ("pStyle".equals(e.getLocalName())) {
              style = e.getAttributeNS(W, "val");
            }
          }
        }
        return style == null ? null : styleReference(style);
      }
    }
    return null;
  }

  private int[] styleReference(String styleId) {
    XWPFStyle style = doc.getStyles() == null ? null : doc.getStyles().getStyle(styleId);
    if (style == null || style.getCTStyle().getPPr() == null) {
      return null;
    }
    CTNumPr numPr = style.getCTStyle().getPPr().getNumPr();
    if (numPr == null || numPr.getNumId() == null) {
      return null;
    }
    int ilvl = numPr.getIlvl() == null ? 0 : numPr.getIlvl().getVal().intValue();
    return new int[] {numPr.getNumId().getVal().intValue(), ilvl};
  }

  private static String child(Element parent, String local) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && local.equals(e.getLocalName()) && W.equals(e.getNamespaceURI())) {
        return e.getAttributeNS(W, "val");
      }
    }
    return null;
  }

  private static CTLvl lvl(CTAbstractNum definition, int level) {
    for (CTLvl lvl : definition.getLvlArray()) {
      if (lvl.getIlvl() != null && lvl.getIlvl().intValue() == level) {
        return lvl;
      }
    }
    return null;
  }

  private static int start(CTAbstractNum definition, int level) {
    CTLvl lvl = lvl(definition, level);
    return lvl == null || lvl.getStart() == null ? 1 : lvl.getStart().getVal().intValue();
  }

  static String format(int n, String numFmt) {
    return switch (numFmt) {
      case "chineseCounting", "chineseCountingThousand", "chineseLegalSimplified", "japaneseCounting",
          "ideographDigital", "taiwaneseCounting", "taiwaneseCountingThousand" -> chinese(n);
      case "ideographTraditional" -> n >= 1 && n <= 10 ? HEAVENLY_STEMS[n - 1] : Integer.toString(n);
      case "decimalEnclosedCircle", "decimalEnclosedCircleChinese" ->
          n >= 1 && n <= 20 ? String.valueOf((char) ('\u2460' + n - 1)) : Integer.toString(n);
      case "decimalFullWidth", "decimalFullWidth2" -> fullWidth(Integer.toString(n));
      case "lowerLetter" -> letters(n, 'a');
      case "upperLetter" -> letters(n, 'A');
      case "lowerRoman" -> roman(n).toLowerCase(java.util.Locale.ROOT);
      case "upperRoman" -> roman(n);
      default -> Integer.toString(n);
    };
  }

  /** 1–99 as written in counting: 一, 十, 十一, 二十, 二十一; larger numbers digit by digit. */
  static String chinese(int n) {
    if (n <= 0 || n >= 100) {
      StringBuilder out = new StringBuilder();
      for (char c : Integer.toString(Math.abs(n)).toCharArray()) {
        out.append(DIGITS[c - '0']);
      }
      return out.toString();
    }
    if (n < 10) {
      return DIGITS[n];
    }
    return (n / 10 == 1 ? "" : DIGITS[n / 10]) + "十" + (n % 10 == 0 ? "" : DIGITS[n % 10]);
  }

  private static String fullWidth(String s) {
    StringBuilder out = new StringBuilder();
    for (char c : s.toCharArray()) {
      out.append((char) (c - '0' + '\uff10'));
    }
    return out.toString();
  }

  private static String letters(int n, char base) {
    if (n <= 0) {
      return Integer.toString(n);
    }
    char c = (char) (base + (n - 1) % 26);
    return String.valueOf(c).repeat((n - 1) / 26 + 1);
  }

  private static String roman(int n) {
    if (n <= 0 || n >= 4000) {
      return Integer.toString(n);
    }
    int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < values.length; i++) {
      while (n >= values[i]) {
        out.append(symbols[i]);
        n -= values[i];
      }
    }
    return out.toString();
  }
}
