package org.gongkai.server.staff;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import org.gongkai.server.shared.AuditEvent;
import org.gongkai.server.shared.StaffPrincipal;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.stereotype.Component;

/**
 * What happens around sign-in: failed attempts are counted and the fifth locks the account for 15 minutes, a
 * success clears the count and sends a user with an initial password to change it; all of it is audited.
 */
@Component
class LoginHandlers implements AuthenticationSuccessHandler, AuthenticationFailureHandler, LogoutHandler {
  static final int MAX_FAILURES = 5;
  static final Duration LOCK_TIME = Duration.ofMinutes(15);

  private final StaffRepository repository;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final SavedRequestAwareAuthenticationSuccessHandler saved = new SavedRequestAwareAuthenticationSuccessHandler();

  LoginHandlers(StaffRepository repository, ApplicationEventPublisher events, Clock clock) {
    this.repository = repository;
    this.events = events;
    this.clock = clock;
    saved.setDefaultTargetUrl("/admin");
  }

  @Override
  public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
      Authentication authentication) throws IOException, jakarta.servlet.ServletException {
    StaffPrincipal p = (StaffPrincipal) authentication.getPrincipal();
    repository.clearFailures(p.userId());
    events.publishEvent(new AuditEvent(p.getUsername(), p.agencyId(), "login.success", "user:" + p.userId(), null));
    if (p.mustChangePassword()) {
      response.sendRedirect(request.getContextPath() + "/account/password");
      return;
    }
    saved.onAuthenticationSuccess(request, response, authentication);
  }

  @Override
  public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
      AuthenticationException exception) throws IOException {
    String username = request.getParameter("username");
    String name = username == null ? "" : username.trim();
    String outcome;
    String action = "login.failure";
    if (exception instanceof LockedException) {
      outcome = "locked";
      action = "login.whileLocked";
    } else if (exception instanceof DisabledException) {
      outcome = "disabled";
    } else if (exception instanceof BadCredentialsException && !name.isEmpty()) {
      boolean nowLocked = repository.recordFailure(name, MAX_FAILURES, clock.instant().plus(LOCK_TIME));
      outcome = nowLocked ? "locked" : "error";
      action = nowLocked ? "login.locked" : "login.failure";
    } else {
      outcome = "error";
    }
    Long agencyId = repository.byUsername(name).map(StaffUser::agencyId).orElse(null);
    events.publishEvent(new AuditEvent(truncate(name), agencyId, action, null, null));
    response.sendRedirect(request.getContextPath() + "/login?" + outcome);
  }

  @Override
  public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
    if (authentication != null && authentication.getPrincipal() instanceof StaffPrincipal p) {
      events.publishEvent(new AuditEvent(p.getUsername(), p.agencyId(), "logout", "user:" + p.userId(), null));
    }
  }

  private static String truncate(String s) {
    return s.length() > 60 ? s.substring(0, 60) : s;
  }
}
