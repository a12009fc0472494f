package org.gongkai.core.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The front end for text as publishers give it: tab-separated rows, one cell per line with blank lines between
 * rows, Markdown headings and pipe tables, and plain running text (where a row's numbers may be separated by
 * spaces or run together; the grammar reads those). Input is already decoded.
 */
public final class TextParser {
  private static final Pattern IMAGE = Pattern.compile("^\\s*\\[(?:image|图片|img)[:：]\\s*([^\\]]*)\\]\\s*$",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern BOOKMARK = Pattern.compile("\\[bookmark:[^\\]]*\\]", Pattern.CASE_INSENSITIVE);
  private static final Pattern PIPE_SEPARATOR = Pattern.compile("^\\s*\\|?\\s*:?-{2,}:?\\s*(\\|\\s*:?-{2,}:?\\s*)*\\|?\\s*$");
  private static final Pattern NUMBERED = Pattern.compile("^[一二三四五六七八九十]+[、.．]");
  private static final Pattern LEADING_TAB = Pattern.compile("^[ \\u3000]*\\t");
  private static final Pattern MD_HEADING = Pattern.compile("^\\s*#{1,6}\\s+");

  /** The blocks of a decoded text document. */
  public List<Block> blocks(String text) {
    String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
    Builder out = new Builder();
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].indexOf('[') < 0 ? lines[i] : BOOKMARK.matcher(lines[i]).replaceAll("");
      if (blank(line)) {
        if (out.inVerticalRow() && shortBridge(lines, i)) {
          continue;
        }
        out.endVerticalRow();
        continue;
      }
      var image = IMAGE.matcher(line);
      if (line.indexOf('[') >= 0 && image.matches()) {
        out.closeTable();
        out.add(Block.image(image.group(1).trim()));
      } else if (line.indexOf('|') >= 0 && line.trim().startsWith("|") && line.trim().length() > 1) {
        if (!PIPE_SEPARATOR.matcher(line).matches()) {
          out.row(pipeCells(line));
        }
      } else if (tabStart(line) || line.indexOf('\t') >= 0) {
        String body = LEADING_TAB.matcher(line).replaceFirst("");
        if (tabStart(line) && body.indexOf('\t') < 0) {
          out.verticalCell(body.strip());
        } else {
          out.row(List.of(line.split("\t", -1)));
        }
      } else if (out.inVerticalRow() && continuesCell(line)) {
        out.continueCell(line.strip());
      } else {
        out.closeTable();
        out.add(Block.text(trim(line.indexOf('#') < 0 ? line : MD_HEADING.matcher(line).replaceFirst(""))));
      }
    }
    out.closeTable();
    return out.blocks;
  }

  /** A line whose first character after spaces is a TAB: a table cell in the one-cell-per-line layout. */
  private static boolean tabStart(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\t') {
        return true;
      }
      if (c != ' ' && c != '\u3000' && c != '\u00a0') {
        return false;
      }
    }
    return false;
  }

  private static boolean blank(String s) {
    return s.replace('\u00a0', ' ').isBlank();
  }

  /** Trims white space at both ends, the no-break space included (publishers' editors leave it there). */
  static String trim(String s) {
    int b = 0;
    int e = s.length();
    while (b < e && (Character.isWhitespace(s.charAt(b)) || s.charAt(b) == '\u00a0')) {
      b++;
    }
    while (e > b && (Character.isWhitespace(s.charAt(e - 1)) || s.charAt(e - 1) == '\u00a0')) {
      e--;
    }
    return s.substring(b, e);
  }

  /**
   * A blank line inside a vertical table followed by a very short fragment and then more cells is a cell broken
   * by the publisher (e.g. 总 / blank / 计), not the end of the row.
   */
  private static boolean shortBridge(String[] lines, int blank) {
    int j = blank + 1;
    while (j < lines.length && blank(lines[j])) {
      j++;
    }
    if (j >= lines.length || lines[j].indexOf('\t') >= 0 || lines[j].strip().length() > 2) {
      return false;
    }
    int k = j + 1;
    while (k < lines.length && blank(lines[k])) {
      k++;
    }
    return k < lines.length && tabStart(lines[k]);
  }

  private static boolean continuesCell(String line) {
    String s = line.strip();
    return s.length() <= 12 && !NUMBERED.matcher(s).find() && !s.startsWith("#");
  }

  private static List<String> pipeCells(String line) {
    String s = line.strip();
    if (s.startsWith("|")) {
      s = s.substring(1);
    }
    if (s.endsWith("|")) {
      s = s.substring(0, s.length() - 1);
    }
    List<String> cells = new ArrayList<>();
    for (String c : s.split("(?<!\\\\)\\|", -1)) {
      cells.add(c.replace("\\|", "|").replace("<br>", "\n").replace("<br/>", "\n"));
    }
    return cells;
  }

  /** Accumulates blocks, keeping track of an open table and an open one-cell-per-line row. */
  private static final class Builder {
    final List<Block> blocks = new ArrayList<>();
    boolean tableOpen;
    boolean verticalRow;
    int lastCell = -1;

    void add(Block b) {
      if (blocks.size() >= Limits.MAX_BLOCKS) {
        throw new IllegalStateException("文档过大：内容块超过上限");
      }
      blocks.add(b);
    }

    boolean inVerticalRow() {
      return verticalRow;
    }

    void openTable() {
      if (!tableOpen) {
        add(Block.marker(Block.Kind.TABLE_START));
        tableOpen = true;
      }
    }

    void row(List<String> cells) {
      endVerticalRow();
      openTable();
      add(Block.marker(Block.Kind.ROW_START));
      for (String c : cells) {
        add(Block.cell(c.strip()));
      }
      add(Block.marker(Block.Kind.ROW_END));
    }

    void verticalCell(String text) {
      openTable();
      if (!verticalRow) {
        add(Block.marker(Block.Kind.ROW_START));
        verticalRow = true;
      }
      add(Block.cell(text));
      lastCell = blocks.size() - 1;
    }

    void continueCell(String text) {
      Block last = blocks.get(lastCell);
      String joined = last.text().isEmpty() ? text : last.text() + "\n" + text;
      blocks.set(lastCell, Block.cell(joined));
    }

    void endVerticalRow() {
      if (verticalRow) {
        add(Block.marker(Block.Kind.ROW_END));
        verticalRow = false;
      }
    }

    void closeTable() {
      endVerticalRow();
      if (tableOpen) {
        add(Block.marker(Block.Kind.TABLE_END));
        tableOpen = false;
      }
    }
  }
}
