package org.gongkai.server.shared;

/** The staff roles; the message key {@code role.NAME} gives the Chinese name. */
public enum Role {
  SYSTEM_ADMIN,
  AGENCY_ADMIN,
  OFFICER,
  REVIEWER,
  LEADER,
  SUPERVISOR;

  /** The Spring Security authority of this role. */
  public String authority() {
    return "ROLE_" + name();
  }

  /** Whether this role belongs to one agency (as opposed to the system or a region). */
  public boolean agencyBound() {
    return this != SYSTEM_ADMIN && this != SUPERVISOR;
  }
}
