package org.gongkai.server.request;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.gongkai.core.report.Applicant;
import org.gongkai.core.report.ReportFormat;
import org.gongkai.core.report.RequestCounts;
import org.gongkai.core.report.RequestRow;
import org.gongkai.core.report.RequestTable;

/**
 * Table 2 counted from the register: a request is open from its date of receipt until the day its outcome is
 * recorded. Row 1 = received in the year; row 2 = open on 31 December before; 3.x = outcome recorded in the year;
 * row 4 = open on 31 December. Since every request is counted once on each side, 1 + 2 = 3.7 + 4. Only the
 * position of each date relative to the year (before, within, after) matters, which is what lets the register
 * hand over requests grouped by those positions instead of one by one.
 */
final class TableCounter {
  private TableCounter() {}

  /**
   * What the table needs of {@code times} requests alike (one, or a group with the same kind and outcome whose dates
   * fall on the same side of the year); {@code outcome} and {@code outcomeOn} are both null while open.
   */
  record Entry(ApplicantKind kind, LocalDate received, RequestRow outcome, LocalDate outcomeOn, int times) {
    Entry(ApplicantKind kind, LocalDate received, RequestRow outcome, LocalDate outcomeOn) {
      this(kind, received, outcome, outcomeOn, 1);
    }
  }

  static RequestTable count(List<Entry> entries, int year) {
    LocalDate first = LocalDate.of(year, 1, 1);
    LocalDate last = LocalDate.of(year, 12, 31);
    Map<RequestRow, int[]> cells = new EnumMap<>(RequestRow.class);
    for (RequestRow row : RequestRow.rowsOf(ReportFormat.F2021)) {
      cells.put(row, new int[Applicant.KINDS.size()]);
    }
    for (Entry e : entries) {
      int col = Applicant.KINDS.indexOf(e.kind().column());
      if (e.received().isAfter(last)) {
        continue;
      }
      if (!e.received().isBefore(first)) {
        cells.get(RequestRow.R1)[col] += e.times();
      } else if (openOn(e, first.minusDays(1))) {
        cells.get(RequestRow.R2)[col] += e.times();
      }
      if (e.outcomeOn() != null && !e.outcomeOn().isBefore(first) && !e.outcomeOn().isAfter(last)) {
        cells.get(e.outcome())[col] += e.times();
        cells.get(RequestRow.R3_7)[col] += e.times();
      }
      if (openOn(e, last)) {
        cells.get(RequestRow.R4)[col] += e.times();
      }
    }
    Map<RequestRow, RequestCounts> rows = new EnumMap<>(RequestRow.class);
    cells.forEach((row, c) -> rows.put(row, RequestCounts.ofKinds(c[0], c[1], c[2], c[3], c[4], c[5])));
    return new RequestTable(rows);
  }

  /** Received by the end of {@code day} and without an outcome by then. */
  private static boolean openOn(Entry e, LocalDate day) {
    return !e.received().isAfter(day) && (e.outcomeOn() == null || e.outcomeOn().isAfter(day));
  }
}
