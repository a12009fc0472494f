package org.gongkai.server.disclosure;

/** Where the version being prepared stands: drafted by the officer, in a review step, or awaiting the leader. */
enum WorkState {
  DRAFT("草稿"),
  REVIEW("审核中"),
  APPROVAL("待负责人审批");

  private final String label;

  WorkState(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
