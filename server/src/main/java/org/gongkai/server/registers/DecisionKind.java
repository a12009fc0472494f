package org.gongkai.server.registers;

import java.util.Arrays;
import java.util.Optional;

/**
 * The four monthly figures of table 1 beyond documents; {@code registers.decision.NAME} gives the Chinese name.
 * {@code fileName} is how the agency's business systems name the kind in an import file.
 */
enum DecisionKind {
  LICENSING("行政许可"),
  PENALTY("行政处罚"),
  COERCION("行政强制"),
  FEES("行政事业性收费");

  private final String fileName;

  DecisionKind(String fileName) {
    this.fileName = fileName;
  }

  /** The kind an import file names, by its Chinese name (收费 may carry the unit) or its code. */
  static Optional<DecisionKind> fromFile(String text) {
    String t = text.strip().replace("（万元）", "").replace("(万元)", "");
    return Arrays.stream(values()).filter(k -> k.fileName.equals(t) || k.name().equalsIgnoreCase(t)).findFirst();
  }
}
