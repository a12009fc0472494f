package org.gongkai.server.disclosure;

/** A review step before publication; which steps and in what order is each agency's choice. */
enum ReviewStepKind {
  CONFIDENTIALITY("保密审查"),
  CONTENT("内容审核"),
  PROOFREADING("校对");

  private final String label;

  ReviewStepKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
