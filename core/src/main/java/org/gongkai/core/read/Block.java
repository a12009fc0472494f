package org.gongkai.core.read;

import java.util.Objects;

/**
 * One unit of a document in reading order. Every front end (text, HTML, DOCX, PDF) produces the same kinds,
 * so that a single grammar reads them all: running text as {@code TEXT}, tables as
 * {@code TABLE_START (ROW_START CELL* ROW_END)* TABLE_END}, and pictures as {@code IMAGE}.
 *
 * <p>Cells are given as the source has them: a merged cell appears once, a blank cell is a {@code CELL} with
 * empty text. A front end that cannot tell cell boundaries (text extracted from a page) gives the row as
 * {@code TEXT}; the grammar then reads numbers separated by spaces or run together.
 */
public record Block(Kind kind, String text) {
  /** The kinds of block. */
  public enum Kind {
    /** A heading or paragraph of running text (one line or paragraph; never empty). */
    TEXT,
    /** The start of a table. */
    TABLE_START,
    /** The start of a table row. */
    ROW_START,
    /** One table cell's text, trimmed; empty for a blank cell; line breaks inside it are kept as {@code \n}. */
    CELL,
    /** The end of a table row. */
    ROW_END,
    /** The end of a table. */
    TABLE_END,
    /** A picture where content stands (text: its name or alt text, may be empty). */
    IMAGE
  }

  public Block {
    Objects.requireNonNull(kind, "kind");
    text = text == null ? "" : text;
  }

  /** A paragraph of running text. */
  public static Block text(String text) {
    return new Block(Kind.TEXT, text);
  }

  /** A table cell. */
  public static Block cell(String text) {
    return new Block(Kind.CELL, text);
  }

  /** A picture. */
  public static Block image(String name) {
    return new Block(Kind.IMAGE, name);
  }

  /** A structural marker (table or row start or end). */
  public static Block marker(Kind kind) {
    return new Block(kind, "");
  }
}
