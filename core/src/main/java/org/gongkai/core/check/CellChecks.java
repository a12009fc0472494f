package org.gongkai.core.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.gongkai.core.report.AnnualReport;
import org.gongkai.core.report.AppealCounts;
import org.gongkai.core.report.Appeals;
import org.gongkai.core.report.Applicant;
import org.gongkai.core.report.DocumentCounts;
import org.gongkai.core.report.FindingCode;
import org.gongkai.core.report.Proactive;
import org.gongkai.core.report.Proactive2019;
import org.gongkai.core.report.ReportFormat;
import org.gongkai.core.report.RequestRow;
import org.gongkai.core.report.RequestTable;

/** TABLE_MISSING, CELL_MISSING and CELL_INVALID over every cell the report's format expects. */
final class CellChecks {
  private static final Pattern DECIMAL = Pattern.compile("\\d+(?:\\.\\d+)?");

  /** How a cell's value is judged: a count (non-negative integer), a signed change, or a decimal string. */
  private enum Kind { COUNT, SIGNED, DECIMAL }

  /** A cell with the row paths a reader may have reported it under (table 3 is published as one row). */
  private record Cell(String path, List<String> rowPaths, Object value, Kind kind) {
    Cell(String path, String rowPath, Object value, Kind kind) {
      this(path, rowPath == null ? List.of() : List.of(rowPath), value, kind);
    }
  }

  private CellChecks() {}

  static void run(AnnualReport r, Reading reading, Sink sink) {
    List<Cell> cells = new ArrayList<>();
    if (r.format() == ReportFormat.F2021) {
      if (present(r.proactive(), "proactive", reading, sink)) {
        proactive(r.proactive(), cells);
      }
    } else if (present(r.proactive2019(), "proactive2019", reading, sink)) {
      proactive2019(r.proactive2019(), cells);
    }
    if (present(r.requests(), "requests", reading, sink)) {
      requests(r.requests(), r.format(), cells);
    }
    if (present(r.appeals(), "appeals", reading, sink)) {
      appeals(r.appeals(), cells);
    }
    for (Cell c : cells) {
      judge(c, reading, sink);
    }
  }

  private static boolean present(Object table, String path, Reading reading, Sink sink) {
    if (table != null) {
      return true;
    }
    boolean pictured = reading.has(FindingCode.TABLE_NOT_TEXT, path)
        || (path.equals("proactive2019") && reading.has(FindingCode.TABLE_NOT_TEXT, "proactive"));
    if (!pictured) {
      sink.add(FindingCode.TABLE_MISSING, path, "缺少" + Where.describe(path) + "：文中既没有该表格，也没有表格图片");
    }
    return false;
  }

  private static void judge(Cell c, Reading reading, Sink sink) {
    Object v = c.value();
    boolean blank = v == null || (v instanceof String s && s.isBlank());
    if (blank) {
      if (!reading.explainsBlank(c.path(), c.rowPaths())) {
        sink.add(FindingCode.CELL_MISSING, c.path(), Where.describe(c.path()) + "没有数字（空白或缺失）");
      }
      return;
    }
    switch (c.kind()) {
      case COUNT -> {
        if ((Integer) v < 0) {
          sink.add(FindingCode.CELL_INVALID, c.path(), Where.describe(c.path()) + "为" + v + "，不是非负整数");
        }
      }
      case DECIMAL -> {
        if (!DECIMAL.matcher(((String) v).strip()).matches()) {
          sink.add(FindingCode.CELL_INVALID, c.path(),
              Where.describe(c.path()) + "为“" + v + "”，不是非负的数字（金额）");
        }
      }
      case SIGNED -> { }
    }
  }

  private static void proactive(Proactive p, List<Cell> out) {
    docs("proactive.regulations", p.regulations(), out);
    docs("proactive.normativeDocuments", p.normativeDocuments(), out);
    out.add(new Cell("proactive.licensing", List.of(), p.licensing(), Kind.COUNT));
    out.add(new Cell("proactive.penalty", List.of(), p.penalty(), Kind.COUNT));
    out.add(new Cell("proactive.coercion", List.of(), p.coercion(), Kind.COUNT));
    out.add(new Cell("proactive.feesWanYuan", List.of(), p.feesWanYuan(), Kind.DECIMAL));
  }

  private static void docs(String row, DocumentCounts d, List<Cell> out) {
    out.add(new Cell(row + ".issued", row, d.issued(), Kind.COUNT));
    out.add(new Cell(row + ".repealed", row, d.repealed(), Kind.COUNT));
    out.add(new Cell(row + ".inForce", row, d.inForce(), Kind.COUNT));
  }

  private static void proactive2019(Proactive2019 p, List<Cell> out) {
    published("proactive2019.regulations", p.regulations(), out);
    published("proactive2019.normativeDocuments", p.normativeDocuments(), out);
    items("proactive2019.licensing", p.licensing(), out);
    items("proactive2019.otherServices", p.otherServices(), out);
    items("proactive2019.penalty", p.penalty(), out);
    items("proactive2019.coercion", p.coercion(), out);
    Proactive2019.Fees f = p.fees();
    out.add(new Cell("proactive2019.fees.previousYearItems", "proactive2019.fees",
        f == null ? null : f.previousYearItems(), Kind.COUNT));
    out.add(new Cell("proactive2019.fees.change", "proactive2019.fees", f == null ? null : f.change(), Kind.SIGNED));
    Proactive2019.Procurement pr = p.procurement();
    out.add(new Cell("proactive2019.procurement.items", "proactive2019.procurement",
        pr == null ? null : pr.items(), Kind.COUNT));
    out.add(new Cell("proactive2019.procurement.amount", "proactive2019.procurement",
        pr == null ? null : pr.amount(), Kind.DECIMAL));
  }

  private static void published(String row, Proactive2019.Published p, List<Cell> out) {
    out.add(new Cell(row + ".newlyMade", row, p == null ? null : p.newlyMade(), Kind.COUNT));
    out.add(new Cell(row + ".newlyPublished", row, p == null ? null : p.newlyPublished(), Kind.COUNT));
    out.add(new Cell(row + ".totalPublished", row, p == null ? null : p.totalPublished(), Kind.COUNT));
  }

  private static void items(String row, Proactive2019.Items i, List<Cell> out) {
    out.add(new Cell(row + ".previousYearItems", row, i == null ? null : i.previousYearItems(), Kind.COUNT));
    out.add(new Cell(row + ".change", row, i == null ? null : i.change(), Kind.SIGNED));
    out.add(new Cell(row + ".decisions", row, i == null ? null : i.decisions(), Kind.COUNT));
  }

  private static void requests(RequestTable t, ReportFormat format, List<Cell> out) {
    for (RequestRow row : RequestRow.rowsOf(format)) {
      String rowPath = "requests." + row.code();
      for (Applicant a : Applicant.values()) {
        out.add(new Cell(rowPath + "." + a.key(), rowPath, t.cell(row, a), Kind.COUNT));
      }
    }
  }

  private static void appeals(Appeals t, List<Cell> out) {
    for (int g = 0; g < 3; g++) {
      String groupPath = "appeals." + Appeals.KEYS.get(g);
      AppealCounts counts = t.groups().get(g);
      for (int k = 0; k < 5; k++) {
        out.add(new Cell(groupPath + "." + AppealCounts.KEYS.get(k), List.of(groupPath, "appeals"),
            counts.cells().get(k), Kind.COUNT));
      }
    }
  }
}
