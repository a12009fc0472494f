package org.gongkai.core.fee;

/** How a request's fee is assessed; one request is charged by exactly one method. */
public enum FeeMethod {
  /** 按件计收: by the request's number among the applicant's requests in the calendar month. */
  BY_COUNT("按件计收"),
  /** 按量计收: by the pages provided for the request. */
  BY_VOLUME("按量计收");

  private final String label;

  FeeMethod(String label) {
    this.label = label;
  }

  /** The Chinese name. */
  public String label() {
    return label;
  }
}
