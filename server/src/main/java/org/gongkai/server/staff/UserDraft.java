package org.gongkai.server.staff;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.gongkai.server.shared.Role;

/** The user form as bound from the request: {@code password} is the initial password, used only when creating. */
class UserDraft {
  @NotBlank(message = "{user.username.required}")
  @Pattern(regexp = "[A-Za-z0-9._-]{3,40}", message = "{user.username.pattern}")
  private String username = "";
  @NotBlank(message = "{user.displayName.required}")
  @Size(max = 40, message = "{field.tooLong}")
  private String displayName = "";
  @NotNull(message = "{user.role.required}")
  private Role role = Role.OFFICER;
  private Long agencyId;
  private Long regionId;
  private boolean active = true;
  private String password = "";

  static UserDraft empty(Long agencyId) {
    UserDraft d = new UserDraft();
    d.agencyId = agencyId;
    return d;
  }

  static UserDraft of(StaffUser u) {
    UserDraft d = new UserDraft();
    d.username = u.username();
    d.displayName = u.displayName();
    d.role = u.role();
    d.agencyId = u.agencyId();
    d.regionId = u.regionId();
    d.active = u.active();
    return d;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public Role getRole() {
    return role;
  }

  public void setRole(Role role) {
    this.role = role;
  }

  public Long getAgencyId() {
    return agencyId;
  }

  public void setAgencyId(Long agencyId) {
    this.agencyId = agencyId;
  }

  public Long getRegionId() {
    return regionId;
  }

  public void setRegionId(Long regionId) {
    this.regionId = regionId;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
