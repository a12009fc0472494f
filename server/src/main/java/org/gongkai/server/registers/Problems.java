package org.gongkai.server.registers;

import java.util.List;
import org.springframework.validation.BindingResult;

/** Puts refused input's problems onto a form's binding result, so the page shows each beside its field. */
final class Problems {
  private Problems() {}

  static void bind(List<Problem> problems, BindingResult errors) {
    for (Problem p : problems) {
      Object[] args = p.args().toArray();
      if (p.field() == null) {
        errors.reject(p.key(), args, p.key());
      } else {
        errors.rejectValue(p.field(), p.key(), args, p.key());
      }
    }
  }
}
