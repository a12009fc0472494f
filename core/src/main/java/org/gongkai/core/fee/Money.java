package org.gongkai.core.fee;

import java.math.BigDecimal;

/** Fen to yuan without a trailing {@code .00} for whole yuan, and in the Chinese way for officers. */
final class Money {
  private Money() {}

  static BigDecimal yuan(long fen) {
    return fen % 100 == 0 ? BigDecimal.valueOf(fen / 100) : BigDecimal.valueOf(fen, 2);
  }

  static String text(long fen) {
    return yuan(fen).toPlainString() + "元";
  }
}
