package org.gongkai.server.agency;

import org.gongkai.server.shared.CurrentStaff;
import org.gongkai.server.shared.Role;
import org.gongkai.server.shared.StaffPrincipal;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see and change an agency's disclosure work (its registers, cases, requests, publications): everyone who
 * may read the agency reads it (supervisors within their region, the system administrator everywhere); only the
 * agency's own disclosure staff (经办人, 审核人, 负责人) change it.
 */
@Component
public class AgencyWork {
  /** The @PreAuthorize rule of the roles that do disclosure work. */
  public static final String EDITORS = "hasAnyRole('OFFICER', 'REVIEWER', 'LEADER')";

  private final AgencyApi agencies;

  AgencyWork(AgencyApi agencies) {
    this.agencies = agencies;
  }

  /** The agency, if the signed-in staff member may read it; access denied otherwise. */
  public Agency readable(long agencyId) {
    return agencies.requireReadable(CurrentStaff.require(), agencyId);
  }

  /** The agency, if the signed-in staff member does its disclosure work; access denied otherwise. */
  public Agency changeable(long agencyId) {
    StaffPrincipal me = CurrentStaff.require();
    if (!editor(me)) {
      throw new AccessDeniedException("role");
    }
    return agencies.requireChangeable(me, agencyId);
  }

  /** Whether the signed-in staff member does this agency's disclosure work. */
  public boolean canChange(Agency agency) {
    StaffPrincipal me = CurrentStaff.require();
    return editor(me) && agencies.canChange(me, agency);
  }

  /** Whether a role does disclosure work at all. */
  public static boolean editor(StaffPrincipal me) {
    return me.hasRole(Role.OFFICER, Role.REVIEWER, Role.LEADER);
  }
}
