package org.gongkai.server.disclosure;

import org.gongkai.server.shared.Role;
import org.gongkai.server.shared.StaffPrincipal;

/** Who performs a workflow step: a signed-in staff member, or the demo loader acting in a role. */
record Actor(Long userId, String name, Role role) {
  static Actor of(StaffPrincipal p) {
    return new Actor(p.userId(), p.displayName(), p.role());
  }

  boolean hasAny(Role... roles) {
    for (Role r : roles) {
      if (r == role) {
        return true;
      }
    }
    return false;
  }
}
