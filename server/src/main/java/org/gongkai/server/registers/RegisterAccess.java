package org.gongkai.server.registers;

import org.gongkai.server.agency.Agency;
import org.gongkai.server.agency.AgencyApi;
import org.gongkai.server.shared.CurrentStaff;
import org.gongkai.server.shared.Role;
import org.gongkai.server.shared.StaffPrincipal;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see and change the registers: everyone who may read the agency reads them (supervisors within their
 * region); only the agency's own disclosure staff (经办人, 审核人, 负责人) change them.
 */
@Component
class RegisterAccess {
  static final String EDITORS = "hasAnyRole('OFFICER', 'REVIEWER', 'LEADER')";

  private final AgencyApi agencies;

  RegisterAccess(AgencyApi agencies) {
    this.agencies = agencies;
  }

  Agency readable(long agencyId) {
    return agencies.requireReadable(CurrentStaff.require(), agencyId);
  }

  Agency changeable(long agencyId) {
    StaffPrincipal me = CurrentStaff.require();
    if (!editor(me)) {
      throw new AccessDeniedException("role");
    }
    return agencies.requireChangeable(me, agencyId);
  }

  boolean canChange(Agency agency) {
    StaffPrincipal me = CurrentStaff.require();
    return editor(me) && agencies.canChange(me, agency);
  }

  static boolean editor(StaffPrincipal me) {
    return me.hasRole(Role.OFFICER, Role.REVIEWER, Role.LEADER);
  }
}
