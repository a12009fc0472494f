package org.gongkai.server.shared;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The staff member of the current request. */
public final class CurrentStaff {
  private CurrentStaff() {}

  /** The signed-in staff member, if any. */
  public static Optional<StaffPrincipal> get() {
    Authentication a = SecurityContextHolder.getContext().getAuthentication();
    if (a != null && a.getPrincipal() instanceof StaffPrincipal p) {
      return Optional.of(p);
    }
    return Optional.empty();
  }

  /** The signed-in staff member; access denied when nobody is. */
  public static StaffPrincipal require() {
    return get().orElseThrow(() -> new AccessDeniedException("not signed in"));
  }

  /** The signed-in staff member if it has one of the roles; access denied otherwise. */
  public static StaffPrincipal requireRole(Role... roles) {
    StaffPrincipal p = require();
    if (!p.hasRole(roles)) {
      throw new AccessDeniedException("role");
    }
    return p;
  }
}
