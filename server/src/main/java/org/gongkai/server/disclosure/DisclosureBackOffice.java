package org.gongkai.server.disclosure;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.server.shared.BackOfficeContributor;
import org.gongkai.server.shared.Role;
import org.gongkai.server.shared.StaffPrincipal;
import org.springframework.stereotype.Component;

/** The 主动公开 navigation entry and the dashboard tasks: drafts, reviews, approvals, and Art. 26 delays. */
@Component
class DisclosureBackOffice implements BackOfficeContributor {
  private final PublicationQueries queries;
  private final Art26 art26;
  private final Clock clock;

  DisclosureBackOffice(PublicationQueries queries, Art26 art26, Clock clock) {
    this.queries = queries;
    this.art26 = art26;
    this.clock = clock;
  }

  @Override
  public List<NavItem> navigation(StaffPrincipal me) {
    String href = me.agencyId() == null ? "/admin/disclosure" : "/admin/disclosure/" + me.agencyId();
    return List.of(new NavItem("主动公开", href, 10));
  }

  @Override
  public List<Task> tasks(StaffPrincipal me) {
    if (me.agencyId() == null) {
      return List.of();
    }
    long agency = me.agencyId();
    String base = "/admin/disclosure/" + agency;
    List<Task> out = new ArrayList<>();
    LocalDate today = LocalDate.now(clock);
    if (me.hasRole(Role.OFFICER, Role.LEADER, Role.AGENCY_ADMIN)) {
      long overdue = queries.unpublishedDatesWritten(agency).stream()
          .filter(d -> today.isAfter(art26.deadline(d))).count();
      if (overdue > 0) {
        out.add(new Task(overdue + " 条主动公开信息成文已超过20个工作日仍未发布（条例第二十六条）", base, true));
      }
      long late = queries.countLate(agency, LocalDate.of(today.getYear(), 1, 1), today);
      if (late > 0) {
        out.add(new Task("今年已有 " + late + " 条信息在成文20个工作日后才发布（条例第二十六条）", base + "?filter=late",
            false));
      }
    }
    if (me.role() == Role.OFFICER) {
      long drafts = queries.countInState(agency, WorkState.DRAFT);
      if (drafts > 0) {
        out.add(new Task(drafts + " 条主动公开信息草稿待提交审核", base + "?filter=draft", false));
      }
    }
    if (me.role() == Role.REVIEWER) {
      long review = queries.countInState(agency, WorkState.REVIEW);
      if (review > 0) {
        out.add(new Task(review + " 条主动公开信息待审核", base + "?filter=review", false));
      }
    }
    if (me.role() == Role.LEADER) {
      long approval = queries.countInState(agency, WorkState.APPROVAL);
      if (approval > 0) {
        out.add(new Task(approval + " 条主动公开信息待审批发布", base + "?filter=approval", false));
      }
    }
    return out;
  }
}
