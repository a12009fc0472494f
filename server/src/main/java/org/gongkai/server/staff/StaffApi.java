package org.gongkai.server.staff;

import java.time.Clock;
import org.gongkai.server.shared.AuditEvent;
import org.gongkai.server.shared.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The staff module's facade for other modules: creating accounts (set-up, demo data) and counts for dashboards. */
@Service
public class StaffApi {
  private final StaffRepository repository;
  private final PasswordEncoder encoder;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  StaffApi(StaffRepository repository, PasswordEncoder encoder, ApplicationEventPublisher events, Clock clock) {
    this.repository = repository;
    this.encoder = encoder;
    this.events = events;
    this.clock = clock;
  }

  /**
   * Creates an account. An agency-bound role needs {@code agencyId}; a supervisor needs {@code regionId}. The
   * password must satisfy the password rule; {@code mustChangePassword} forces a change at first sign-in.
   */
  @Transactional
  public long createUser(String username, String displayName, Role role, Long agencyId, Long regionId,
      String password, boolean mustChangePassword) {
    String problem = PasswordPolicy.problem(password);
    if (problem != null) {
      throw new IllegalArgumentException(problem);
    }
    if (role.agencyBound() && agencyId == null || role == Role.SUPERVISOR && regionId == null) {
      throw new IllegalArgumentException("user.scope.required");
    }
    long id = repository.insert(username, displayName, encoder.encode(password), role, agencyId, regionId,
        mustChangePassword);
    events.publishEvent(AuditEvent.of(agencyId, "user.create", "user:" + id, username + " " + role.name()));
    return id;
  }

  /** Active accounts of an agency, or of the whole system when {@code agencyId} is null. */
  public long countUsers(Long agencyId) {
    return repository.count(agencyId);
  }

  /** Accounts locked now after failed sign-ins, of an agency or of the whole system. */
  public long countLocked(Long agencyId) {
    return repository.countLocked(agencyId, clock.instant());
  }
}
