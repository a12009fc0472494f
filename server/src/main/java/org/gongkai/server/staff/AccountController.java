package org.gongkai.server.staff;

import org.gongkai.server.shared.AuditEvent;
import org.gongkai.server.shared.CurrentStaff;
import org.gongkai.server.shared.StaffPrincipal;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A staff member changes its own password (forced after an initial password). */
@Controller
class AccountController {
  private final StaffRepository repository;
  private final PasswordEncoder encoder;
  private final ApplicationEventPublisher events;

  AccountController(StaffRepository repository, PasswordEncoder encoder, ApplicationEventPublisher events) {
    this.repository = repository;
    this.encoder = encoder;
    this.events = events;
  }

  @GetMapping("/account/password")
  String form(Model model) {
    model.addAttribute("forced", CurrentStaff.require().mustChangePassword());
    return "staff/password";
  }

  @PostMapping("/account/password")
  String change(@RequestParam String current, @RequestParam String password, @RequestParam String confirm,
      Model model, RedirectAttributes flash, jakarta.servlet.http.HttpServletRequest request,
      jakarta.servlet.http.HttpServletResponse response) {
    StaffPrincipal me = CurrentStaff.require();
    StaffUser user = repository.byId(me.userId()).orElseThrow();
    String problem = null;
    if (!encoder.matches(current, user.passwordHash())) {
      problem = "password.currentWrong";
    } else if (!password.equals(confirm)) {
      problem = "password.mismatch";
    } else if (encoder.matches(password, user.passwordHash())) {
      problem = "password.same";
    } else {
      problem = PasswordPolicy.problem(password);
    }
    if (problem != null) {
      model.addAttribute("forced", me.mustChangePassword());
      model.addAttribute("problem", problem);
      return "staff/password";
    }
    repository.setPassword(me.userId(), encoder.encode(password), false);
    StaffPrincipal updated = me.withPasswordChanged();
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(updated, null,
        updated.getAuthorities()));
    SecurityContextHolder.setContext(context);
    new HttpSessionSecurityContextRepository().saveContext(context, request, response);
    events.publishEvent(AuditEvent.of(me.agencyId(), "password.change", "user:" + me.userId(), null));
    flash.addFlashAttribute("notice", "notice.passwordChanged");
    return "redirect:/admin";
  }
}
