package org.gongkai.core.report;

import java.util.List;

/** Table 3: reconsideration, litigation without reconsideration, and litigation after reconsideration. */
public record Appeals(AppealCounts reconsideration, AppealCounts litigationDirect,
    AppealCounts litigationAfterReconsideration) {

  /** The JSON keys of the three groups, in template order. */
  public static final List<String> KEYS =
      List.of("reconsideration", "litigationDirect", "litigationAfterReconsideration");

  /** The Chinese names of the three groups, in template order. */
  public static final List<String> LABELS = List.of("行政复议", "行政诉讼（未经复议直接起诉）", "行政诉讼（复议后起诉）");

  public Appeals {
    reconsideration = reconsideration == null ? AppealCounts.EMPTY : reconsideration;
    litigationDirect = litigationDirect == null ? AppealCounts.EMPTY : litigationDirect;
    litigationAfterReconsideration =
        litigationAfterReconsideration == null ? AppealCounts.EMPTY : litigationAfterReconsideration;
  }

  /** The three groups in template order. */
  public List<AppealCounts> groups() {
    return List.of(reconsideration, litigationDirect, litigationAfterReconsideration);
  }

  /** Table 3 from its one row of fifteen numbers as published. */
  public static Appeals ofRow(List<Integer> fifteen) {
    return new Appeals(AppealCounts.of(slice(fifteen, 0)), AppealCounts.of(slice(fifteen, 5)),
        AppealCounts.of(slice(fifteen, 10)));
  }

  /** The one row of fifteen numbers as published. */
  public List<Integer> row() {
    java.util.ArrayList<Integer> r = new java.util.ArrayList<>(15);
    groups().forEach(g -> r.addAll(g.cells()));
    return r;
  }

  private static List<Integer> slice(List<Integer> all, int from) {
    return from >= all.size() ? List.of() : all.subList(from, Math.min(all.size(), from + 5));
  }
}
