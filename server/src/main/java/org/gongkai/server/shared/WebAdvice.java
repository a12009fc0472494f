package org.gongkai.server.shared;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Puts the signed-in staff member into every page's model and turns bad input into a Chinese 400 page. */
@ControllerAdvice
class WebAdvice {

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
