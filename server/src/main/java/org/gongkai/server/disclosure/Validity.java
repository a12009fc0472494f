package org.gongkai.server.disclosure;

/** Whether a published document is still in force (有效性). */
enum Validity {
  IN_FORCE("有效"),
  EXPIRED("失效"),
  REPEALED("废止"),
  NOT_APPLICABLE("—");

  private final String label;

  Validity(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
