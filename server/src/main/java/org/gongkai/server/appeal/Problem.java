package org.gongkai.server.appeal;

import java.util.List;

/** One reason input was refused: the form field ({@code null} for the whole form), a message key and its values. */
record Problem(String field, String key, List<Object> args) implements java.io.Serializable {

  static Problem of(String field, String key, Object... args) {
    return new Problem(field, key, List.of(args));
  }

  /** Input refused for these reasons; nothing was saved. */
  static final class Refused extends RuntimeException {
    private final transient List<Problem> problems;

    Refused(List<Problem> problems) {
      super("refused: " + problems);
      this.problems = List.copyOf(problems);
    }

    List<Problem> problems() {
      return problems;
    }
  }
}
