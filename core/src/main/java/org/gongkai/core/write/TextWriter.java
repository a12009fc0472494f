package org.gongkai.core.write;

import static org.gongkai.core.write.TemplateTables.*;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.gongkai.core.report.AnnualReport;
import org.gongkai.core.report.AppealCounts;
import org.gongkai.core.report.Applicant;
import org.gongkai.core.report.DocumentCounts;
import org.gongkai.core.report.Proactive;
import org.gongkai.core.report.Proactive2019;
import org.gongkai.core.report.ReportFormat;
import org.gongkai.core.report.RequestRow;
import org.gongkai.core.report.RequestTable;
import org.gongkai.core.write.ReportLayout.Part;

/**
 * Plain text in the tab-separated layout of published reports, made regular: one line per template row, a label
 * then exactly as many cells as the template has columns, one TAB between cells, an empty string for a missing
 * cell, and one blank line between blocks.
 */
final class TextWriter {
  private TextWriter() {}

  static byte[] write(AnnualReport r) {
    return text(r).getBytes(StandardCharsets.UTF_8);
  }

  static String text(AnnualReport r) {
    List<List<String>> blocks = new ArrayList<>();
    List<String> preamble = new ArrayList<>();
    List<String> closing = new ArrayList<>();
    List<String> current = null;
    for (Part part : ReportLayout.parts(r)) {
      if (part instanceof ReportLayout.Title t) {
        blocks.add(List.of(t.text()));
      } else if (part instanceof ReportLayout.Paragraph p && p.preamble()) {
        if (preamble.isEmpty()) {
          blocks.add(preamble);
        }
        preamble.add(p.text());
      } else if (part instanceof ReportLayout.Heading h) {
        current = new ArrayList<>();
        current.add(h.text());
        blocks.add(current);
      } else if (part instanceof ReportLayout.Paragraph p) {
        Objects.requireNonNull(current).add(p.text());
      } else if (part instanceof ReportLayout.Table t) {
        blocks.add(table(r, t.id()));
      } else if (part instanceof ReportLayout.Picture) {
        blocks.add(List.of(ReportLayout.PICTURE));
      } else if (part instanceof ReportLayout.Signature s) {
        addClosing(blocks, closing, s.text());
      } else if (part instanceof ReportLayout.DateLine d) {
        addClosing(blocks, closing, d.text());
      }
    }
    StringBuilder out = new StringBuilder();
    for (List<String> block : blocks) {
      if (out.length() > 0) {
        out.append('\n');
      }
      block.forEach(line -> out.append(line).append('\n'));
    }
    return out.toString();
  }

  private static void addClosing(List<List<String>> blocks, List<String> closing, String line) {
    if (closing.isEmpty()) {
      blocks.add(closing);
    }
    closing.add(line);
  }

  private static List<String> table(AnnualReport r, ReportLayout.TableId id) {
    return switch (id) {
      case PROACTIVE -> ReportLayout.f2019(r) ? proactive2019(r.proactive2019()) : proactive(r.proactive());
      case REQUESTS -> requests(r.requests(), r.format());
      case APPEALS -> appeals(r.appeals().row());
    };
  }

  static List<String> proactive(Proactive p) {
    List<String> lines = new ArrayList<>();
    lines.add(ITEM_1);
    lines.add(row(CONTENT, DOC_COLUMNS.toArray()));
    lines.add(docs(REGULATIONS, p.regulations()));
    lines.add(docs(NORMATIVE, p.normativeDocuments()));
    lines.add(ITEM_5);
    lines.add(row(CONTENT, DECISIONS));
    lines.add(row(LICENSING, p.licensing()));
    lines.add(ITEM_6);
    lines.add(row(CONTENT, DECISIONS));
    lines.add(row(PENALTY, p.penalty()));
    lines.add(row(COERCION, p.coercion()));
    lines.add(ITEM_8);
    lines.add(row(CONTENT, FEES));
    lines.add(row(ADMIN_FEES, p.feesWanYuan()));
    return lines;
  }

  private static String docs(String label, DocumentCounts d) {
    return row(label, d.issued(), d.repealed(), d.inForce());
  }

  static List<String> proactive2019(Proactive2019 p) {
    List<String> lines = new ArrayList<>();
    lines.add(ITEM_1);
    lines.add(row(CONTENT, PUBLISHED_COLUMNS.toArray()));
    lines.add(published(REGULATIONS, p.regulations()));
    lines.add(published(NORMATIVE_2019, p.normativeDocuments()));
    lines.add(ITEM_5);
    lines.add(row(CONTENT, ITEM_COLUMNS.toArray()));
    lines.add(items(LICENSING, p.licensing()));
    lines.add(items(OTHER_SERVICES, p.otherServices()));
    lines.add(ITEM_6);
    lines.add(row(CONTENT, ITEM_COLUMNS.toArray()));
    lines.add(items(PENALTY, p.penalty()));
    lines.add(items(COERCION, p.coercion()));
    lines.add(ITEM_8);
    lines.add(row(CONTENT, ITEM_COLUMNS.get(0), ITEM_COLUMNS.get(1)));
    Proactive2019.Fees f = p.fees();
    lines.add(row(ADMIN_FEES, f == null ? null : f.previousYearItems(), f == null ? null : f.change()));
    lines.add(ITEM_9);
    Proactive2019.Procurement pr = p.procurement();
    lines.add(row(CONTENT, PROCUREMENT_ITEMS, procurementAmountHeader(pr)));
    lines.add(row(PROCUREMENT, pr == null ? null : pr.items(), pr == null ? null : pr.amount()));
    return lines;
  }

  private static String published(String label, Proactive2019.Published p) {
    return p == null ? row(label, null, null, null)
        : row(label, p.newlyMade(), p.newlyPublished(), p.totalPublished());
  }

  private static String items(String label, Proactive2019.Items p) {
    return p == null ? row(label, null, null, null) : row(label, p.previousYearItems(), p.change(), p.decisions());
  }

  static List<String> requests(RequestTable t, ReportFormat format) {
    List<RequestRow> order = RequestRow.rowsOf(format == null ? ReportFormat.F2021 : format);
    List<String> lines = new ArrayList<>();
    lines.add(row(BALANCE_NOTE, APPLICANTS));
    lines.add(row("", Arrays.stream(Applicant.values()).map(Applicant::label).toArray()));
    for (RequestRow rr : order) {
      lines.add(row(requestLabel(rr, order), t.row(rr).cells().toArray()));
    }
    return lines;
  }

  /** A row's label as the template shows it: the group heading only on the first row of its group. */
  static String requestLabel(RequestRow row, List<RequestRow> order) {
    if (row == RequestRow.R3_1) {
      return RESULTS + " " + row.label();
    }
    return firstOfGroup(row, order) ? row.fullLabel() : row.label();
  }

  static List<String> appeals(List<Integer> fifteen) {
    List<String> lines = new ArrayList<>();
    lines.add(RECONSIDERATION + "\t" + LITIGATION);
    List<String> second = new ArrayList<>(AppealCounts.LABELS);
    second.add(DIRECT);
    second.add(AFTER);
    lines.add(String.join("\t", second));
    List<String> third = new ArrayList<>(AppealCounts.LABELS);
    third.addAll(AppealCounts.LABELS);
    lines.add(String.join("\t", third));
    lines.add(String.join("\t", fifteen.stream().map(TextWriter::cell).toList()));
    return lines;
  }

  private static String row(String label, Object... cells) {
    StringBuilder b = new StringBuilder(label);
    for (Object c : cells) {
      b.append('\t').append(cell(c));
    }
    return b.toString();
  }

  private static String cell(Object value) {
    return value == null ? "" : value.toString().strip();
  }
}
