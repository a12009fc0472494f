package org.gongkai.server.registers;

import java.math.BigDecimal;

/** One month of administrative decisions and administrative-fee income (万元, exact). */
record MonthCounts(int month, int licensing, int penalty, int coercion, BigDecimal feesWanYuan) {

  static MonthCounts zero(int month) {
    return new MonthCounts(month, 0, 0, 0, BigDecimal.ZERO);
  }

  /** The same month with one figure replaced. */
  MonthCounts with(DecisionKind kind, BigDecimal value) {
    return switch (kind) {
      case LICENSING -> new MonthCounts(month, value.intValueExact(), penalty, coercion, feesWanYuan);
      case PENALTY -> new MonthCounts(month, licensing, value.intValueExact(), coercion, feesWanYuan);
      case COERCION -> new MonthCounts(month, licensing, penalty, value.intValueExact(), feesWanYuan);
      case FEES -> new MonthCounts(month, licensing, penalty, coercion, value);
    };
  }

  /** The fee income as printed: plain decimal without exponent or trailing zeros, e.g. "0", "12.5". */
  public String feesText() {
    return Decimals.plain(feesWanYuan);
  }

  /** One figure as text, for the grid form. */
  public String text(DecisionKind kind) {
    return switch (kind) {
      case LICENSING -> Integer.toString(licensing);
      case PENALTY -> Integer.toString(penalty);
      case COERCION -> Integer.toString(coercion);
      case FEES -> feesText();
    };
  }
}
