package org.gongkai.server.request;

/** The form in which the applicant wants the information (Art. 29 (三)). */
enum ProvisionForm {
  PAPER("纸质"),
  ELECTRONIC("电子"),
  INSPECTION("查阅");

  private final String label;

  ProvisionForm(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
