package org.gongkai.server.shared;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in staff member: an agency-bound role has {@code agencyId}; a supervisor has {@code regionId}
 * (the region it oversees); a system administrator has neither.
 */
public final class StaffPrincipal implements UserDetails, CredentialsContainer {
  private final long userId;
  private final String username;
  private final String displayName;
  private final Role role;
  private final Long agencyId;
  private final Long regionId;
  private final boolean mustChangePassword;
  private final boolean locked;
  private final boolean enabled;
  private String passwordHash;

  /** A principal as loaded from the staff table. */
  public StaffPrincipal(long userId, String username, String displayName, Role role, Long agencyId, Long regionId,
      boolean mustChangePassword, boolean locked, boolean enabled, String passwordHash) {
    this.userId = userId;
    this.username = username;
    this.displayName = displayName;
    this.role = role;
    this.agencyId = agencyId;
    this.regionId = regionId;
    this.mustChangePassword = mustChangePassword;
    this.locked = locked;
    this.enabled = enabled;
    this.passwordHash = passwordHash;
  }

  public long userId() {
    return userId;
  }

  public String displayName() {
    return displayName;
  }

  public Role role() {
    return role;
  }

  /** The staff member's agency, or {@code null} for system administrators and region-wide supervisors. */
  public Long agencyId() {
    return agencyId;
  }

  /** The region a supervisor oversees, or {@code null}. */
  public Long regionId() {
    return regionId;
  }

  public boolean mustChangePassword() {
    return mustChangePassword;
  }

  /** Whether the staff member has one of the roles. */
  public boolean hasRole(Role... roles) {
    for (Role r : roles) {
      if (r == role) {
        return true;
      }
    }
    return false;
  }

  /** The same staff member after the initial password was replaced. */
  public StaffPrincipal withPasswordChanged() {
    return new StaffPrincipal(userId, username, displayName, role, agencyId, regionId, false, locked, enabled, null);
  }

  @Override
  public Collection<? extends GrantedAuthority> getAuthorities() {
    return List.of(new SimpleGrantedAuthority(role.authority()));
  }

  @Override
  public String getPassword() {
    return passwordHash;
  }

  @Override
  public String getUsername() {
    return username;
  }

  @Override
  public boolean isAccountNonLocked() {
    return !locked;
  }

  @Override
  public boolean isEnabled() {
    return enabled;
  }

  @Override
  public void eraseCredentials() {
    passwordHash = null;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StaffPrincipal p && p.userId == userId;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(userId);
  }

  @Override
  public String toString() {
    return "StaffPrincipal[" + userId + "]";
  }
}
