package org.gongkai.server.registers;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.gongkai.server.shared.Problem;

/**
 * What an import file would change, shown before anything is saved: the rows read, every row refused with its
 * reason, or a problem with the file as a whole. It may be saved only when nothing was refused.
 */
record ImportPreview(String fileName, int year, List<Row> rows, List<Rejection> rejected, Problem fileProblem)
    implements Serializable {

  /** Whether the file may be saved: readable, at least one row, no row refused. */
  public boolean acceptable() {
    return fileProblem == null && rejected.isEmpty() && !rows.isEmpty();
  }

  /** A row read from the file: its row number there, the month, what it counts and the figure. */
  record Row(int line, int month, DecisionKind kind, BigDecimal value) implements Serializable {
    public String valueText() {
      return Decimals.plain(value);
    }
  }

  /** A refused row: its row number, its cells as read, and why (a message key and values). */
  record Rejection(int line, String content, String reasonKey, List<Object> args) implements Serializable {}
}
