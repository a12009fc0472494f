package org.gongkai.server.registers;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/** Reading and printing the figures of the decision register: whole counts and 万元 amounts, never binary floats. */
final class Decimals {
  /** At most four decimals: 0.0001 万元 is one 元, the smallest amount a fee is collected in. */
  static final int SCALE = 4;
  private static final Pattern COUNT = Pattern.compile("\\d{1,9}");
  private static final Pattern AMOUNT = Pattern.compile("\\d{1,11}(\\.\\d{1," + SCALE + "})?");

  private Decimals() {}

  /** A plain decimal string without exponent or trailing zeros: 0 → "0", 199.4300 → "199.43", 1E+2 → "100". */
  static String plain(BigDecimal value) {
    return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
  }

  /** The text as a number of the kind, or a message key saying why it is not one. */
  static Parsed parse(DecisionKind kind, String raw) {
    String t = raw == null ? "" : raw.strip().replace(",", "").replace("，", "");
    if (t.isEmpty()) {
      return Parsed.error("registers.import.value.missing");
    }
    if (t.startsWith("-")) {
      return Parsed.error("registers.import.value.negative");
    }
    if (kind == DecisionKind.FEES) {
      return AMOUNT.matcher(t).matches() ? Parsed.ok(new BigDecimal(t))
          : Parsed.error("registers.import.value.amount");
    }
    return COUNT.matcher(t).matches() ? Parsed.ok(new BigDecimal(t)) : Parsed.error("registers.import.value.count");
  }

  /** A parsed figure or the reason it could not be read. */
  record Parsed(BigDecimal value, String errorKey) {
    static Parsed ok(BigDecimal v) {
      return new Parsed(v, null);
    }

    static Parsed error(String key) {
      return new Parsed(null, key);
    }
  }
}
