package org.gongkai.server.shared;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Puts the signed-in staff member into every page's model and turns bad input into a Chinese 400 page. */
@ControllerAdvice
class WebAdvice {
  private final List<BackOfficeContributor> contributors;

  WebAdvice(List<BackOfficeContributor> contributors) {
    this.contributors = contributors;
  }

  /** The business modules' navigation entries for the signed-in staff member, in order. */
  @ModelAttribute("moduleNav")
  List<BackOfficeContributor.NavItem> moduleNav() {
    StaffPrincipal me = CurrentStaff.get().orElse(null);
    if (me == null) {
      return List.of();
    }
    return contributors.stream().flatMap(c -> c.navigation(me).stream())
        .sorted(Comparator.comparingInt(BackOfficeContributor.NavItem::order)).toList();
  }

  /** The business modules' tasks for the signed-in staff member, urgent ones first. */
  @ModelAttribute("moduleTasks")
  List<BackOfficeContributor.Task> moduleTasks(HttpServletRequest request) {
    StaffPrincipal me = CurrentStaff.get().orElse(null);
    if (me == null || !"/admin".equals(request.getRequestURI())) {
      return List.of();
    }
    return contributors.stream().flatMap(c -> c.tasks(me).stream())
        .sorted(Comparator.comparing(t -> !t.urgent())).toList();
  }

  @ModelAttribute("me")
  StaffPrincipal me() {
    return CurrentStaff.get().orElse(null);
  }

  @ModelAttribute("path")
  String path(HttpServletRequest request) {
    return request.getRequestURI();
  }

  @ExceptionHandler(IllegalArgumentException.class)
  @ResponseStatus(HttpStatus.BAD_REQUEST)
  String badInput() {
    return "error/400";
  }
}
