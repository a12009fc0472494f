package org.gongkai.server.appeal;

import org.gongkai.server.agency.AgencyWork;
import java.util.List;
import java.util.Locale;
import org.gongkai.server.shared.BackOfficeContributor;
import org.gongkai.server.shared.StaffPrincipal;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The case register's navigation entry and the cases still pending on the agency staff's dashboard. */
@Component
class AppealBackOffice implements BackOfficeContributor {
  private final CaseService cases;
  private final MessageSource messages;

  AppealBackOffice(CaseService cases, MessageSource messages) {
    this.cases = cases;
    this.messages = messages;
  }

  @Override
  public List<NavItem> navigation(StaffPrincipal me) {
    return List.of(new NavItem(messages.getMessage("appeal.nav", null, Locale.CHINA), "/admin/appeals", 310));
  }

  @Override
  public List<Task> tasks(StaffPrincipal me) {
    if (me.agencyId() == null || !AgencyWork.editor(me)) {
      return List.of();
    }
    int pending = cases.pending(me.agencyId()).size();
    return pending == 0 ? List.of() : List.of(new Task(
        messages.getMessage("appeal.task.pending", new Object[] {pending}, Locale.CHINA),
        "/admin/appeals/" + me.agencyId() + "/cases", false));
  }
}
