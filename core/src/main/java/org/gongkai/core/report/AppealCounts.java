package org.gongkai.core.report;

import java.util.Arrays;
import java.util.List;

/** One group of table 3: results upheld, corrected, other, pending, and the total. */
public record AppealCounts(Integer upheld, Integer corrected, Integer other, Integer pending, Integer total) {
  /** A group with every cell absent. */
  public static final AppealCounts EMPTY = new AppealCounts(null, null, null, null, null);

  /** A group of zeros. */
  public static final AppealCounts ZERO = new AppealCounts(0, 0, 0, 0, 0);

  /** The JSON keys in column order. */
  public static final List<String> KEYS = List.of("upheld", "corrected", "other", "pending", "total");

  /** The template's column labels in column order. */
  public static final List<String> LABELS = List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计");

  /** The five cells in column order. */
  public List<Integer> cells() {
    return Arrays.asList(upheld, corrected, other, pending, total);
  }

  /** A group from five cells in column order; missing trailing cells are {@code null}. */
  public static AppealCounts of(List<Integer> cells) {
    Integer[] c = new Integer[5];
    for (int i = 0; i < 5 && i < cells.size(); i++) {
      c[i] = cells.get(i);
    }
    return new AppealCounts(c[0], c[1], c[2], c[3], c[4]);
  }
}
