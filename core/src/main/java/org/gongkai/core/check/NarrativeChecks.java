package org.gongkai.core.check;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.core.report.AnnualReport;
import org.gongkai.core.report.Applicant;
import org.gongkai.core.report.FindingCode;
import org.gongkai.core.report.Proactive;
import org.gongkai.core.report.ReportFormat;
import org.gongkai.core.report.RequestRow;
import org.gongkai.core.report.RequestTable;
import org.gongkai.core.report.Section;

/**
 * TEXT_TABLE_MISMATCH: a figure the preamble or a section states that the tables contradict. A figure made of
 * several rows (不予公开 = 3.3.1 … 3.3.8) is found at the group's path ({@code requests.3.3.total}); one made of two
 * named cells at the first of them ({@code requests.3.1.total} for 予以公开及部分公开,
 * {@code appeals.litigationDirect.total} for 行政诉讼).
 */
final class NarrativeChecks {
  /** What the tables say about a topic: the path a contradiction is reported at, the value, and how it was got. */
  private record Figure(String where, long value, String shown) {}

  private NarrativeChecks() {}

  static void run(AnnualReport r, Sink sink) {
    check(r, "报告开头", r.preamble(), sink);
    for (Section s : r.sections()) {
      String name = Where.describe("sections." + s.number());
      check(r, name.equals("sections." + s.number()) ? "第" + s.number() + "部分" : name, s.text(), sink);
    }
  }

  private static void check(AnnualReport r, String source, String text, Sink sink) {
    for (Claims.Claim c : Claims.in(text, r.year())) {
      Figure f = figure(r, c.topic());
      if (f != null && f.value() != c.value()) {
        sink.add(FindingCode.TEXT_TABLE_MISMATCH, f.where(),
            source + "称“" + c.quote() + "”，但" + f.shown());
      }
    }
  }

  private static Figure figure(AnnualReport r, Topic topic) {
    RequestTable t = r.requests();
    return switch (topic) {
      case RECEIVED -> rows(t, "requests.1.total", List.of(RequestRow.R1));
      case CARRIED_OVER -> rows(t, "requests.2.total", List.of(RequestRow.R2));
      case CARRIED_FORWARD -> rows(t, "requests.4.total", List.of(RequestRow.R4));
      case HANDLED -> rows(t, "requests.3.7.total", List.of(RequestRow.R3_7));
      case GRANTED -> rows(t, "requests.3.1.total", List.of(RequestRow.R3_1));
      case PARTLY_GRANTED -> rows(t, "requests.3.2.total", List.of(RequestRow.R3_2));
      case GRANTED_OR_PARTLY -> rows(t, "requests.3.1.total", List.of(RequestRow.R3_1, RequestRow.R3_2));
      case WITHHELD -> rows(t, "requests.3.3.total", group(r.format(), "3.3."));
      case UNABLE -> rows(t, "requests.3.4.total", group(r.format(), "3.4."));
      case NOT_PROCESSED -> rows(t, "requests.3.5.total", group(r.format(), "3.5."));
      case OTHERWISE_CLOSED -> rows(t, "requests.3.6.total",
          r.format() == ReportFormat.F2019 ? List.of(RequestRow.R3_6) : group(r.format(), "3.6."));
      case RECONSIDERATION -> r.appeals() == null ? null
          : cells("appeals.reconsideration.total", List.of("appeals.reconsideration.total"),
              List.of(r.appeals().reconsideration().total()));
      case LITIGATION -> r.appeals() == null ? null
          : cells("appeals.litigationDirect.total",
              List.of("appeals.litigationDirect.total", "appeals.litigationAfterReconsideration.total"),
              List.of(r.appeals().litigationDirect().total(), r.appeals().litigationAfterReconsideration().total()));
      case LICENSING, PENALTY, COERCION, NORMATIVE_ISSUED, NORMATIVE_REPEALED, NORMATIVE_IN_FORCE ->
          proactive(r, topic);
    };
  }

  /** Counts of proactive disclosure are compared only in format 2021, whose table 1 counts the decisions themselves. */
  private static Figure proactive(AnnualReport r, Topic topic) {
    Proactive p = r.proactive();
    if (r.format() != ReportFormat.F2021 || p == null) {
      return null;
    }
    String path = switch (topic) {
      case LICENSING -> "proactive.licensing";
      case PENALTY -> "proactive.penalty";
      case COERCION -> "proactive.coercion";
      case NORMATIVE_ISSUED -> "proactive.normativeDocuments.issued";
      case NORMATIVE_REPEALED -> "proactive.normativeDocuments.repealed";
      default -> "proactive.normativeDocuments.inForce";
    };
    Integer v = switch (topic) {
      case LICENSING -> p.licensing();
      case PENALTY -> p.penalty();
      case COERCION -> p.coercion();
      case NORMATIVE_ISSUED -> p.normativeDocuments().issued();
      case NORMATIVE_REPEALED -> p.normativeDocuments().repealed();
      default -> p.normativeDocuments().inForce();
    };
    return cells(path, List.of(path), java.util.Collections.singletonList(v));
  }

  private static List<RequestRow> group(ReportFormat format, String prefix) {
    return RequestRow.resultRowsOf(format).stream().filter(row -> row.code().startsWith(prefix)).toList();
  }

  private static Figure rows(RequestTable t, String where, List<RequestRow> rows) {
    if (t == null || rows.isEmpty()) {
      return null;
    }
    List<String> paths = new ArrayList<>();
    List<Integer> values = new ArrayList<>();
    for (RequestRow row : rows) {
      paths.add("requests." + row.code() + ".total");
      values.add(t.cell(row, Applicant.TOTAL));
    }
    if (rows.size() > 2) {
      Figure sum = cells(where, paths, values);
      String label = Where.row(where.substring("requests.".length(), where.length() - ".total".length()));
      return sum == null ? null : new Figure(where, sum.value(), Where.REQUESTS_TABLE + label + "“总计”列为" + sum.value()
          + "（" + rows.get(0).code() + "至" + rows.get(rows.size() - 1).code() + "各行相加）");
    }
    return cells(where, paths, values);
  }

  /** The sum of some cells, described by their names; {@code null} when a cell is blank or negative. */
  private static Figure cells(String where, List<String> paths, List<Integer> values) {
    long sum = 0;
    StringBuilder terms = new StringBuilder();
    for (int i = 0; i < values.size(); i++) {
      Integer v = SumChecks.usable(values.get(i));
      if (v == null) {
        return null;
      }
      sum += v;
      terms.append(i == 0 ? "" : "+").append(v);
    }
    if (paths.size() == 1) {
      return new Figure(where, sum, Where.describe(paths.get(0)) + "为" + sum);
    }
    List<String> names = paths.stream().map(Where::describe).toList();
    return new Figure(where, sum, String.join("与", names) + "之和为" + terms + "=" + sum);
  }
}
