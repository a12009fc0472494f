package org.gongkai.core.report;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** Table 2: the rows of one format, keyed by row; a row the document does not give maps to {@link RequestCounts#EMPTY}. */
public record RequestTable(Map<RequestRow, RequestCounts> rows) {
  public RequestTable {
    EnumMap<RequestRow, RequestCounts> copy = new EnumMap<>(RequestRow.class);
    copy.putAll(rows);
    rows = Collections.unmodifiableMap(copy);
  }

  /** The row for a code; {@link RequestCounts#EMPTY} when absent. */
  public RequestCounts row(RequestRow row) {
    return rows.getOrDefault(row, RequestCounts.EMPTY);
  }

  /** The cell at a row and column, or {@code null}. */
  public Integer cell(RequestRow row, Applicant column) {
    return row(row).get(column);
  }

  /** A table of zeros for a format. */
  public static RequestTable zeros(ReportFormat format) {
    EnumMap<RequestRow, RequestCounts> m = new EnumMap<>(RequestRow.class);
    for (RequestRow r : RequestRow.rowsOf(format)) {
      m.put(r, RequestCounts.ZERO);
    }
    return new RequestTable(m);
  }

  /** This table with one row replaced. */
  public RequestTable with(RequestRow row, RequestCounts counts) {
    EnumMap<RequestRow, RequestCounts> m = new EnumMap<>(RequestRow.class);
    m.putAll(rows);
    m.put(row, counts);
    return new RequestTable(m);
  }
}
