package org.gongkai.core.fee;

import java.math.BigDecimal;

/**
 * One line of a fee: the items (requests or pages) {@code from}–{@code to} charged at one unit price.
 *
 * @param from the first item, 1-based
 * @param to the last item, inclusive
 * @param unitFen the price of one item in fen (0 when free)
 * @param fen the line's amount in fen
 */
public record FeeItem(int from, int to, long unitFen, long fen) {

  /** The number of items on this line. */
  public int count() {
    return to - from + 1;
  }

  /** The unit price in yuan. */
  public BigDecimal unitYuan() {
    return Money.yuan(unitFen);
  }

  /** The amount in yuan. */
  public BigDecimal yuan() {
    return Money.yuan(fen);
  }
}
