package org.gongkai.core.read;

import java.util.List;

/** A document flattened for the grammar: a paragraph of text, a table row (its cells), or a picture. */
record Line(Type type, String text, List<String> cells) {
  enum Type { TEXT, ROW, IMAGE }

  static Line text(String text) {
    return new Line(Type.TEXT, text, List.of());
  }

  static Line row(List<String> cells) {
    return new Line(Type.ROW, String.join("\t", cells), List.copyOf(cells));
  }

  static Line image(String name) {
    return new Line(Type.IMAGE, name, List.of());
  }
}
