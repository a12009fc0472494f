package org.gongkai.server.shared;

import java.util.List;
import org.springframework.validation.BindingResult;

/**
 * One reason input was refused: the form field ({@code null} for the whole form), a message key and its values;
 * the registers' and the case register's forms and imports report with it.
 */
public record Problem(String field, String key, List<Object> args) implements java.io.Serializable {

  public static Problem of(String field, String key, Object... args) {
    return new Problem(field, key, List.of(args));
  }

  /** Puts refused input's problems onto a form's binding result, so the page shows each beside its field. */
  public static void bind(List<Problem> problems, BindingResult errors) {
    for (Problem p : problems) {
      Object[] args = p.args().toArray();
      if (p.field() == null) {
        errors.reject(p.key(), args, p.key());
      } else {
        errors.rejectValue(p.field(), p.key(), args, p.key());
      }
    }
  }

  /** Input refused for these reasons; nothing was saved. */
  public static final class Refused extends RuntimeException {
    private final transient List<Problem> problems;

    public Refused(List<Problem> problems) {
      super("refused: " + problems);
      this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
      return problems;
    }
  }
}
