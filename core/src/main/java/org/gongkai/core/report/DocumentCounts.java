package org.gongkai.core.report;

/** Table 1, 第二十条第（一）项, one row (format 2021): documents issued and repealed this year, and in force. */
public record DocumentCounts(Integer issued, Integer repealed, Integer inForce) {
  /** A row with every cell absent. */
  public static final DocumentCounts EMPTY = new DocumentCounts(null, null, null);
}
