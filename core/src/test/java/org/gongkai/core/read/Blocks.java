package org.gongkai.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Views of a block stream for assertions: its tables, its running text, one row. */
final class Blocks {
  private Blocks() {}

  static byte[] fixture(String path) {
    try (InputStream in = Blocks.class.getResourceAsStream("/fixtures/" + path)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every table as rows of cell texts. */
  static List<List<List<String>>> tables(List<Block> blocks) {
    List<List<List<String>>> tables = new ArrayList<>();
    List<List<String>> table = null;
    List<String> row = null;
    for (Block b : blocks) {
      switch (b.kind()) {
        case TABLE_START -> table = new ArrayList<>();
        case ROW_START -> row = new ArrayList<>();
        case CELL -> row.add(b.text());
        case ROW_END -> table.add(row);
        case TABLE_END -> tables.add(table);
        default -> { }
      }
    }
    return tables;
  }

  /** The running text outside tables, in order. */
  static List<String> texts(List<Block> blocks) {
    return blocks.stream().filter(b -> b.kind() == Block.Kind.TEXT).map(Block::text).toList();
  }

  /** The cells that follow the first cell with exactly this text, in its row. */
  static List<String> after(List<Block> blocks, String label) {
    for (List<List<String>> table : tables(blocks)) {
      for (List<String> row : table) {
        int at = row.indexOf(label);
        if (at >= 0) {
          return row.subList(at + 1, row.size());
        }
      }
    }
    throw new AssertionError("no cell " + label);
  }

  /** The first row holding a cell with exactly this text. */
  static List<String> row(List<Block> blocks, String label) {
    for (List<List<String>> table : tables(blocks)) {
      for (List<String> row : table) {
        if (row.contains(label)) {
          return row;
        }
      }
    }
    throw new AssertionError("no cell " + label);
  }

  /** The stream follows the block grammar: tables properly nested, text never blank, cells trimmed. */
  static void assertWellFormed(List<Block> blocks) {
    int state = 0; // 0 outside, 1 in table, 2 in row
    for (Block b : blocks) {
      switch (b.kind()) {
        case TEXT -> {
          assertThat(state).as("TEXT outside tables").isZero();
          assertThat(b.text()).isNotBlank().isEqualTo(b.text().strip());
        }
        case IMAGE -> assertThat(state).as("IMAGE outside tables").isZero();
        case TABLE_START -> {
          assertThat(state).isZero();
          state = 1;
        }
        case ROW_START -> {
          assertThat(state).isEqualTo(1);
          state = 2;
        }
        case CELL -> {
          assertThat(state).isEqualTo(2);
          assertThat(b.text()).isEqualTo(b.text().strip());
        }
        case ROW_END -> {
          assertThat(state).isEqualTo(2);
          state = 1;
        }
        case TABLE_END -> {
          assertThat(state).isEqualTo(1);
          state = 0;
        }
        default -> throw new AssertionError(b);
      }
    }
    assertThat(state).as("stream ends outside tables").isZero();
  }
}
