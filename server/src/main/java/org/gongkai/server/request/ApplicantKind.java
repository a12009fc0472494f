package org.gongkai.server.request;

import org.gongkai.core.report.Applicant;

/** The kind of applicant, one per column of table 2. */
enum ApplicantKind {
  NATURAL(Applicant.NATURAL),
  COMMERCIAL(Applicant.COMMERCIAL),
  RESEARCH(Applicant.RESEARCH),
  NONPROFIT(Applicant.NONPROFIT),
  LEGAL(Applicant.LEGAL),
  OTHER(Applicant.OTHER);

  private final Applicant column;

  ApplicantKind(Applicant column) {
    this.column = column;
  }

  Applicant column() {
    return column;
  }

  public boolean organisation() {
    return this != NATURAL;
  }

  /** 自然人, or 法人或其他组织（商业企业） etc. */
  public String label() {
    return this == NATURAL ? "自然人" : "法人或其他组织（" + column.label() + "）";
  }
}
