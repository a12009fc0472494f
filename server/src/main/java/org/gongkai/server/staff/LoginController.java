package org.gongkai.server.staff;

import org.gongkai.server.shared.CurrentStaff;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page. */
@Controller
class LoginController {

  @GetMapping("/login")
  String login() {
    return CurrentStaff.get().isPresent() ? "redirect:/admin" : "staff/login";
  }
}
