package org.gongkai.server.staff;

import java.time.Clock;
import org.gongkai.server.shared.StaffPrincipal;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads staff accounts for Spring Security; a locked or deactivated account cannot sign in. */
@Service
class StaffUserDetailsService implements UserDetailsService {
  private final StaffRepository repository;
  private final Clock clock;

  StaffUserDetailsService(StaffRepository repository, Clock clock) {
    this.repository = repository;
    this.clock = clock;
  }

  @Override
  public StaffPrincipal loadUserByUsername(String username) {
    StaffUser u = repository.byUsername(username == null ? "" : username.trim())
        .orElseThrow(() -> new UsernameNotFoundException("unknown"));
    return principal(u);
  }

  StaffPrincipal principal(StaffUser u) {
    return new StaffPrincipal(u.id(), u.username(), u.displayName(), u.role(), u.agencyId(), u.regionId(),
        u.mustChangePassword(), u.lockedAt(clock.instant()), u.active(), u.passwordHash());
  }
}
