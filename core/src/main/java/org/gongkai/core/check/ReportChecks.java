package org.gongkai.core.check;

import java.util.List;
import java.util.Set;
import org.gongkai.core.report.AnnualReport;
import org.gongkai.core.report.Finding;
import org.gongkai.core.report.FindingCode;

/** The checks of spec section 6 that work on a read report: its tables, sections, date and narrative, and two consecutive years. */
public final class ReportChecks {
  /** Codes only a reader can know; kept from a report's findings when it is re-checked. */
  public static final Set<String> READING_CODES = Set.of(
      FindingCode.CELL_EXTRA.name(), FindingCode.CELL_AMBIGUOUS.name(), FindingCode.CELL_INVALID.name(),
      FindingCode.TABLE_NOT_TEXT.name(), FindingCode.FORMAT_UNKNOWN.name(), FindingCode.LABEL_NONSTANDARD.name(),
      FindingCode.SECTION_ORDER.name());

  private ReportChecks() {}

  /** The findings of one report, the agency kind (for the publication deadline) inferred from its name. */
  public static List<Finding> check(AnnualReport report) {
    return check(report, kindOf(report));
  }

  /**
   * The findings of one report. The report's own findings are read only to learn what a reader already explained
   * (a blank cell from an ambiguous row, a table given as a picture, an unknown format); they are not returned.
   */
  public static List<Finding> check(AnnualReport report, AgencyKind kind) {
    Sink sink = new Sink();
    Reading reading = new Reading(report.findings());
    if (report.format() != null && !reading.hasAny(FindingCode.FORMAT_UNKNOWN)) {
      CellChecks.run(report, reading, sink);
      SumChecks.run(report, sink);
      DocumentChecks.sections(report, reading, sink);
      NarrativeChecks.run(report, sink);
    }
    DocumentChecks.publication(report, kind, sink);
    return sink.list();
  }

  /** Findings between one agency's reports on consecutive years; empty for different agencies or years that do not follow. */
  public static List<Finding> crossYear(AnnualReport previous, AnnualReport current) {
    Sink sink = new Sink();
    CrossYearChecks.run(previous, current, sink);
    return sink.list();
  }

  /** report with findings = its reading findings (READING_CODES) + check(report) + (previous != null ? crossYear : none), no duplicates (same code+where). */
  public static AnnualReport checked(AnnualReport report, AnnualReport previousOrNull) {
    Sink sink = new Sink();
    for (Finding f : report.findings()) {
      if (READING_CODES.contains(f.code())) {
        sink.add(f);
      }
    }
    check(report).forEach(sink::add);
    if (previousOrNull != null) {
      crossYear(previousOrNull, report).forEach(sink::add);
    }
    return report.withFindings(sink.list());
  }

  /**
   * The kind named by the agency, else by the signature. With neither, a government is assumed: its later deadline
   * never calls a report late that is not.
   */
  static AgencyKind kindOf(AnnualReport report) {
    String name = report.agency() != null && !report.agency().isBlank() ? report.agency() : report.signature();
    return name == null || name.isBlank() ? AgencyKind.GOVERNMENT : AgencyKind.infer(name);
  }
}
