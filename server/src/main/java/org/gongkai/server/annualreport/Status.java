package org.gongkai.server.annualreport;

/** Where a year's report stands: drafted by the officer, submitted, approved by the leader, published. */
public enum Status {
  DRAFT, SUBMITTED, APPROVED, PUBLISHED;

  /** True while the tables follow the live registers (until the leader approves). */
  boolean live() {
    return this == DRAFT || this == SUBMITTED;
  }
}
