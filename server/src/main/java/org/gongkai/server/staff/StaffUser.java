package org.gongkai.server.staff;

import java.time.Instant;
import org.gongkai.server.shared.Role;

/** A staff account as stored; {@code lockedUntil} is {@code null} unless sign-in is blocked after failed attempts. */
record StaffUser(long id, String username, String displayName, String passwordHash, Role role, Long agencyId,
    Long regionId, boolean mustChangePassword, int failedAttempts, Instant lockedUntil, boolean active) {

  public boolean lockedAt(Instant now) {
    return lockedUntil != null && lockedUntil.isAfter(now);
  }
}
