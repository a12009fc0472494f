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
 * row 4 = open on 31 December. Since every request is counted once on each side, 1 + 2 = 3.7 + 4.
 */
final class TableCounter {
  private TableCounter() {}

  /** What the table needs of one request; {@code outcome} and {@code outcomeOn} are both null while open. */
  record Entry(ApplicantKind kind, LocalDate received, RequestRow outcome, LocalDate outcomeOn) {}

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
        cells.get(RequestRow.R1)[col]++;
      } else if (openOn(e, first.minusDays(1))) {
        cells.get(RequestRow.R2)[col]++;
      }
      if (e.outcomeOn() != null && !e.outcomeOn().isBefore(first) && !e.outcomeOn().isAfter(last)) {
        cells.get(e.outcome())[col]++;
        cells.get(RequestRow.R3_7)[col]++;
      }
      if (openOn(e, last)) {
        cells.get(RequestRow.R4)[col]++;
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
