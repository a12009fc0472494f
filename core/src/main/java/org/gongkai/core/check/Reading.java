package org.gongkai.core.check;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gongkai.core.report.Finding;
import org.gongkai.core.report.FindingCode;

/** The findings a report already carries, asked whether a reader has explained something the checks would flag. */
final class Reading {
  private final Set<String> keys = new HashSet<>();
  private final Set<String> codes = new HashSet<>();

  Reading(List<Finding> findings) {
    for (Finding f : findings) {
      keys.add(Sink.key(f.code(), f.where()));
      codes.add(f.code());
    }
  }

  boolean has(FindingCode code, String where) {
    return keys.contains(Sink.key(code.name(), where));
  }

  boolean hasAny(FindingCode code) {
    return codes.contains(code.name());
  }

  /** Whether a blank cell is already explained by an ambiguous or invalid reading at the cell or its row. */
  boolean explainsBlank(String cellPath, List<String> rowPaths) {
    if (has(FindingCode.CELL_AMBIGUOUS, cellPath) || has(FindingCode.CELL_INVALID, cellPath)) {
      return true;
    }
    for (String row : rowPaths) {
      if (has(FindingCode.CELL_AMBIGUOUS, row) || has(FindingCode.CELL_INVALID, row)) {
        return true;
      }
    }
    return false;
  }
}
