package org.gongkai.core.report;

import java.util.Arrays;
import java.util.List;

/** One row of table 2: a count per applicant kind and the total; {@code null} where the document gives no number. */
public record RequestCounts(
    Integer natural, Integer commercial, Integer research, Integer nonprofit, Integer legal, Integer other,
    Integer total) {

  /** A row with every cell absent. */
  public static final RequestCounts EMPTY = new RequestCounts(null, null, null, null, null, null, null);

  /** A row of zeros. */
  public static final RequestCounts ZERO = new RequestCounts(0, 0, 0, 0, 0, 0, 0);

  /** The cell of a column. */
  public Integer get(Applicant column) {
    return switch (column) {
      case NATURAL -> natural;
      case COMMERCIAL -> commercial;
      case RESEARCH -> research;
      case NONPROFIT -> nonprofit;
      case LEGAL -> legal;
      case OTHER -> other;
      case TOTAL -> total;
    };
  }

  /** The seven cells in column order (natural … total). */
  public List<Integer> cells() {
    return Arrays.asList(natural, commercial, research, nonprofit, legal, other, total);
  }

  /** A row from seven cells in column order; missing trailing cells are {@code null}. */
  public static RequestCounts of(List<Integer> cells) {
    Integer[] c = new Integer[7];
    for (int i = 0; i < 7 && i < cells.size(); i++) {
      c[i] = cells.get(i);
    }
    return new RequestCounts(c[0], c[1], c[2], c[3], c[4], c[5], c[6]);
  }

  /** A row from six kind counts, with the total computed. */
  public static RequestCounts ofKinds(int natural, int commercial, int research, int nonprofit, int legal,
      int other) {
    return new RequestCounts(natural, commercial, research, nonprofit, legal, other,
        natural + commercial + research + nonprofit + legal + other);
  }

  /** This row with one cell replaced. */
  public RequestCounts with(Applicant column, Integer value) {
    Integer[] c = cells().toArray(new Integer[0]);
    c[column.ordinal()] = value;
    return of(Arrays.asList(c));
  }
}
