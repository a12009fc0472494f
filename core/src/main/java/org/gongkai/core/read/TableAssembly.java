package org.gongkai.core.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.gongkai.core.report.AppealCounts;
import org.gongkai.core.report.Appeals;
import org.gongkai.core.report.DocumentCounts;
import org.gongkai.core.report.Finding;
import org.gongkai.core.report.FindingCode;
import org.gongkai.core.report.Proactive;
import org.gongkai.core.report.Proactive2019;
import org.gongkai.core.report.ReportFormat;
import org.gongkai.core.report.RequestCounts;
import org.gongkai.core.report.RequestRow;
import org.gongkai.core.report.RequestTable;

/** Turns what the table reader found into the report model's three tables, reading table 3's one row of numbers. */
final class TableAssembly {
  private TableAssembly() {}

  static Proactive proactive(Map<TableOne, List<Object>> t) {
    return new Proactive(docs(t.get(TableOne.REGULATIONS)), docs(t.get(TableOne.NORMATIVE)),
        one(t.get(TableOne.LICENSING)), one(t.get(TableOne.PENALTY)), one(t.get(TableOne.COERCION)),
        t.get(TableOne.FEES) == null ? null : (String) t.get(TableOne.FEES).get(0));
  }

  private static DocumentCounts docs(List<Object> v) {
    return v == null ? DocumentCounts.EMPTY : new DocumentCounts((Integer) v.get(0), (Integer) v.get(1), (Integer) v.get(2));
  }

  private static Integer one(List<Object> v) {
    return v == null ? null : (Integer) v.get(0);
  }

  static Proactive2019 proactive2019(TableReader r) {
    Map<TableOne, List<Object>> t = r.tableOne;
    List<Object> fees = t.get(TableOne.FEES);
    List<Object> proc = t.get(TableOne.PROCUREMENT);
    return new Proactive2019(published(t.get(TableOne.REGULATIONS)), published(t.get(TableOne.NORMATIVE)),
        items(t.get(TableOne.LICENSING)), items(t.get(TableOne.OTHER_SERVICES)), items(t.get(TableOne.PENALTY)),
        items(t.get(TableOne.COERCION)),
        fees == null ? new Proactive2019.Fees(null, null) : new Proactive2019.Fees((Integer) fees.get(0), (Integer) fees.get(1)),
        proc == null ? new Proactive2019.Procurement(null, null, r.procurementUnit)
            : new Proactive2019.Procurement((Integer) proc.get(0), (String) proc.get(1), r.procurementUnit));
  }

  private static Proactive2019.Published published(List<Object> v) {
    return v == null ? new Proactive2019.Published(null, null, null)
        : new Proactive2019.Published((Integer) v.get(0), (Integer) v.get(1), (Integer) v.get(2));
  }

  private static Proactive2019.Items items(List<Object> v) {
    return v == null ? new Proactive2019.Items(null, null, null)
        : new Proactive2019.Items((Integer) v.get(0), (Integer) v.get(1), (Integer) v.get(2));
  }

  static RequestTable requestTable(Map<RequestRow, Integer[]> rows, ReportFormat format) {
    java.util.EnumMap<RequestRow, RequestCounts> m = new java.util.EnumMap<>(RequestRow.class);
    for (RequestRow r : RequestRow.rowsOf(format)) {
      Integer[] c = rows.get(r);
      m.put(r, c == null ? RequestCounts.EMPTY : RequestCounts.of(Arrays.asList(c)));
    }
    return new RequestTable(m);
  }

  static Appeals appeals(TableReader t, List<Finding> findings) {
    List<String> values = t.appealValues;
    List<Integer> cells = new ArrayList<>();
    boolean runTogether = values.size() < 15 && values.stream().anyMatch(v -> Cells.clean(v).length() > 1);
    if (runTogether) {
      List<int[]> c = DigitSplitter.candidates(values.stream().map(Cells::clean).toList(), 15, r ->
          r[0] + r[1] + r[2] + r[3] == r[4] && r[5] + r[6] + r[7] + r[8] == r[9]
              && r[10] + r[11] + r[12] + r[13] == r[14]);
      if (c != null && c.size() == 1) {
        for (int v : c.get(0)) {
          cells.add(v);
        }
        return Appeals.ofRow(cells);
      }
      findings.add(Finding.of(FindingCode.CELL_AMBIGUOUS, "appeals",
          "行政复议、行政诉讼情况表的数字连在一起（" + String.join(" ", values) + "），无法确定各单元格"));
      return new Appeals(AppealCounts.EMPTY, AppealCounts.EMPTY, AppealCounts.EMPTY);
    }
    for (int k = 0; k < 15; k++) {
      String v = k < values.size() ? values.get(k) : "";
      if (Cells.isEmpty(v)) {
        cells.add(null);
      } else if (Cells.isInteger(v)) {
        cells.add(Cells.integer(v));
      } else {
        cells.add(null);
        findings.add(Finding.of(FindingCode.CELL_INVALID, "appeals." + Appeals.KEYS.get(k / 5) + "."
            + AppealCounts.KEYS.get(k % 5), "行政复议、行政诉讼情况表中的内容“" + v.strip() + "”不是非负整数"));
      }
    }
    long extra = values.stream().skip(15).filter(v -> !Cells.isEmpty(v)).count();
    if (extra > 0) {
      findings.add(Finding.of(FindingCode.CELL_EXTRA, "appeals",
          "行政复议、行政诉讼情况表有 " + (15 + extra) + " 个数字，模板只有 15 列，多出的未读取"));
    }
    return Appeals.ofRow(cells);
  }
}
