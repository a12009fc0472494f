package org.gongkai.core.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.core.report.ReportFormat;
import org.gongkai.core.report.RequestRow;

/**
 * Chooses among the candidate readings of table-2 rows whose digits ran together, using the table's own arithmetic:
 * in every column the results add up to （七）总计 and 1 + 2 = 3.7 + 4. A row is read only where every consistent
 * choice of the whole table agrees on it; the search is bounded, and a table too large to search reads nothing.
 */
final class TableSolver {
  private static final long MAX_STEPS = 2_000_000;

  private final ReportFormat format;
  private final Map<RequestRow, Integer[]> known;
  private final Map<RequestRow, List<int[]>> candidates;
  private final Map<RequestRow, Set<String>> agreed = new EnumMap<>(RequestRow.class);
  private final Map<RequestRow, int[]> first = new EnumMap<>(RequestRow.class);
  private long steps;
  private int solutions;

  /** What the search found: the rows it could read, and whether any consistent reading of the table existed. */
  record Outcome(Map<RequestRow, int[]> read, boolean consistent) {}

  private TableSolver(ReportFormat format, Map<RequestRow, Integer[]> known, Map<RequestRow, List<int[]>> candidates) {
    this.format = format;
    this.known = known;
    this.candidates = candidates;
  }

  /**
   * Solves the pending rows.
   *
   * @param known rows read directly (cells may be null)
   * @param candidates each pending row's readings that fit the row's own sum (possibly none)
   */
  static Outcome solve(ReportFormat format, Map<RequestRow, Integer[]> known, Map<RequestRow, List<int[]>> candidates) {
    TableSolver s = new TableSolver(format, known, candidates);
    List<RequestRow> rows = new ArrayList<>(candidates.keySet());
    rows.removeIf(r -> candidates.get(r).isEmpty());
    s.search(rows, 0, new EnumMap<>(RequestRow.class));
    Map<RequestRow, int[]> read = new EnumMap<>(RequestRow.class);
    if (s.solutions > 0) {
      s.agreed.forEach((row, readings) -> {
        if (readings.size() == 1) {
          read.put(row, s.first.get(row));
        }
      });
    }
    return new Outcome(read, s.solutions > 0);
  }

  private void search(List<RequestRow> rows, int i, Map<RequestRow, int[]> chosen) {
    if (++steps > MAX_STEPS) {
      solutions = 0;
      agreed.clear();
      return;
    }
    if (i == rows.size()) {
      if (consistent(chosen)) {
        solutions++;
        chosen.forEach((row, reading) -> {
          agreed.computeIfAbsent(row, k -> new HashSet<>()).add(Arrays.toString(reading));
          first.putIfAbsent(row, reading);
        });
      }
      return;
    }
    for (int[] candidate : candidates.get(rows.get(i))) {
      chosen.put(rows.get(i), candidate);
      search(rows, i + 1, chosen);
      if (steps > MAX_STEPS) {
        return;
      }
    }
    chosen.remove(rows.get(i));
  }

  private boolean consistent(Map<RequestRow, int[]> chosen) {
    List<RequestRow> results = RequestRow.resultRowsOf(format);
    for (int c = 0; c < 7; c++) {
      Long sum = 0L;
      for (RequestRow r : results) {
        Integer v = value(r, c, chosen);
        sum = v == null || sum == null ? null : sum + v;
      }
      Integer total = value(RequestRow.R3_7, c, chosen);
      if (sum != null && total != null && sum.longValue() != total) {
        return false;
      }
      Integer r1 = value(RequestRow.R1, c, chosen);
      Integer r2 = value(RequestRow.R2, c, chosen);
      Integer r4 = value(RequestRow.R4, c, chosen);
      if (r1 != null && r2 != null && total != null && r4 != null && r1 + r2 != total + r4) {
        return false;
      }
    }
    return true;
  }

  private Integer value(RequestRow r, int c, Map<RequestRow, int[]> chosen) {
    int[] ch = chosen.get(r);
    if (ch != null) {
      return ch[c];
    }
    if (candidates.containsKey(r)) {
      return null;
    }
    Integer[] cells = known.get(r);
    return cells == null ? null : cells[c];
  }
}
