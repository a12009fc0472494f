package org.gongkai.server.request;

/** Where a request stands in the procedure. */
enum RequestState {
  REGISTERED("已登记"),
  AWAITING_CORRECTION("等待补正"),
  IN_PROGRESS("办理中"),
  CONSULTING("征求意见中"),
  AWAITING_FEE("等待缴费"),
  EXTENDED("已延期"),
  REPLIED("已答复"),
  CLOSED("已办结");

  private final String label;

  RequestState(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** States in which the reply clock may run and the officer works on the request. */
  boolean working() {
    return this == REGISTERED || this == IN_PROGRESS || this == EXTENDED;
  }

  /** Whether the request still counts as open (not yet given an outcome). */
  public boolean open() {
    return this != REPLIED && this != CLOSED;
  }
}
