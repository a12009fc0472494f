package org.gongkai.core.fee;

import java.math.BigDecimal;
import java.util.List;

/**
 * The fee of one request.
 *
 * @param method the one method it was assessed by
 * @param fen the total in fen
 * @param breakdown the lines that make the total, free lines included
 * @param explanation how it was computed, in Chinese
 */
public record Fee(FeeMethod method, long fen, List<FeeItem> breakdown, String explanation) {
  public Fee {
    breakdown = List.copyOf(breakdown);
  }

  /** The total in yuan. */
  public BigDecimal yuan() {
    return Money.yuan(fen);
  }
}
