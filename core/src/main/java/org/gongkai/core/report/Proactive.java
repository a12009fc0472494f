package org.gongkai.core.report;

/**
 * Table 1 in format 2021: rules and normative documents, licensing, penalty and coercion decisions, and
 * administrative fees in 万元 as the decimal string the document prints.
 */
public record Proactive(
    DocumentCounts regulations,
    DocumentCounts normativeDocuments,
    Integer licensing,
    Integer penalty,
    Integer coercion,
    String feesWanYuan) {
  public Proactive {
    regulations = regulations == null ? DocumentCounts.EMPTY : regulations;
    normativeDocuments = normativeDocuments == null ? DocumentCounts.EMPTY : normativeDocuments;
  }
}
