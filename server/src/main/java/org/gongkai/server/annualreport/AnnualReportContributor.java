package org.gongkai.server.annualreport;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.server.agency.Agency;
import org.gongkai.server.agency.AgencyApi;
import org.gongkai.server.shared.BackOfficeContributor;
import org.gongkai.server.shared.Role;
import org.gongkai.server.shared.StaffPrincipal;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The annual report's navigation entry and dashboard tasks: the countdown to the deadline, reports waiting for
 * approval or publication, and, for supervisors, reports overdue or published late in their region.
 */
@Component
class AnnualReportContributor implements BackOfficeContributor {
  /** The countdown shows from this many days before the deadline. */
  static final int WARN_DAYS = 30;

  private final AnnualReportService service;
  private final AgencyApi agencies;
  private final MessageSource messages;

  AnnualReportContributor(AnnualReportService service, AgencyApi agencies, MessageSource messages) {
    this.service = service;
    this.agencies = agencies;
    this.messages = messages;
  }

  @Override
  public List<NavItem> navigation(StaffPrincipal me) {
    return List.of(new NavItem(msg("annualreport.nav"), "/admin/annual-reports", 40));
  }

  @Override
  public List<Task> tasks(StaffPrincipal me) {
    int year = service.today().getYear() - 1;
    List<Task> tasks = new ArrayList<>();
    for (Agency a : agencies.readableBy(me)) {
      if (!a.active()) {
        continue;
      }
      AnnualReportService.View v = service.open(me, a.id(), year);
      Deadline d = v.deadline();
      String href = "/admin/agencies/" + a.id() + "/annual-reports/" + year;
      Status s = v.workspace().status();
      if (me.role() == Role.SUPERVISOR || me.role() == Role.SYSTEM_ADMIN) {
        if (d.published() && d.late()) {
          tasks.add(new Task(msg("annualreport.task.late", a.fullName(), year, d.due()), href, false));
        } else if (!d.published() && d.late()) {
          tasks.add(new Task(msg("annualreport.task.overdue", a.fullName(), year, d.due()), href, true));
        }
        continue;
      }
      if (me.role() == Role.LEADER && s == Status.SUBMITTED) {
        tasks.add(new Task(msg("annualreport.task.approve", a.fullName(), year), href, d.daysLeft() <= 7));
      } else if (me.role() == Role.LEADER && s == Status.APPROVED) {
        tasks.add(new Task(msg("annualreport.task.publish", a.fullName(), year), href, d.daysLeft() <= 7));
      }
      if (!d.published() && d.late()) {
        tasks.add(new Task(msg("annualreport.task.overdue", a.fullName(), year, d.due()), href, true));
      } else if (!d.published() && d.daysLeft() <= WARN_DAYS) {
        tasks.add(new Task(msg("annualreport.task.due", a.fullName(), year, d.due(), d.daysLeft()), href,
            d.daysLeft() <= 7));
      }
    }
    return tasks;
  }

  private String msg(String key, Object... args) {
    return messages.getMessage(key, args, LocaleContextHolder.getLocale());
  }
}
