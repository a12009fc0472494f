package org.gongkai.core.report;

/** The finding codes of the spec's section 6, each with its severity. */
public enum FindingCode {
  REQ_ROW_SUM(Severity.ERROR),
  REQ_RESULT_SUM(Severity.ERROR),
  REQ_BALANCE(Severity.ERROR),
  APPEAL_SUM(Severity.ERROR),
  CELL_MISSING(Severity.ERROR),
  CELL_INVALID(Severity.ERROR),
  CELL_EXTRA(Severity.WARNING),
  CELL_AMBIGUOUS(Severity.WARNING),
  FORMAT_UNKNOWN(Severity.ERROR),
  TABLE_MISSING(Severity.ERROR),
  TABLE_NOT_TEXT(Severity.WARNING),
  SECTION_MISSING(Severity.ERROR),
  SECTION_ORDER(Severity.WARNING),
  LABEL_NONSTANDARD(Severity.INFO),
  TEXT_TABLE_MISMATCH(Severity.WARNING),
  SECTION_EMPTY(Severity.WARNING),
  LATE_PUBLICATION(Severity.WARNING),
  CARRY_MISMATCH(Severity.ERROR),
  IN_FORCE_MISMATCH(Severity.WARNING),
  TEXT_REPEATED(Severity.WARNING);

  private final Severity severity;

  FindingCode(Severity severity) {
    this.severity = severity;
  }

  /** The severity the spec assigns to this code. */
  public Severity severity() {
    return severity;
  }
}
