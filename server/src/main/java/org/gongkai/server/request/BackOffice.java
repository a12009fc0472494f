package org.gongkai.server.request;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.server.shared.BackOfficeContributor;
import org.gongkai.server.shared.Role;
import org.gongkai.server.shared.StaffPrincipal;
import org.springframework.stereotype.Component;

/** The requests module in the back office: its menu entries and the dashboard's tasks. */
@Component
class BackOffice implements BackOfficeContributor {
  private final WorkQueue queue;
  private final RequestRepository repository;
  private final Clock clock;

  BackOffice(WorkQueue queue, RequestRepository repository, Clock clock) {
    this.queue = queue;
    this.repository = repository;
    this.clock = clock;
  }

  @Override
  public List<NavItem> navigation(StaffPrincipal me) {
    List<NavItem> items = new ArrayList<>();
    if (me.hasRole(Role.SYSTEM_ADMIN, Role.AGENCY_ADMIN)) {
      items.add(new NavItem("平台接口密钥", "/admin/requests/api-keys", 14));
    }
    if (me.agencyId() == null) {
      return items;
    }
    if (me.hasRole(Role.OFFICER, Role.REVIEWER, Role.LEADER)) {
      items.add(new NavItem("依申请公开", "/admin/requests", 10));
    }
    if (me.hasRole(Role.REVIEWER, Role.LEADER)) {
      items.add(new NavItem("待审批", "/admin/requests/approvals", 11));
    }
    if (me.hasRole(Role.OFFICER, Role.REVIEWER, Role.LEADER, Role.AGENCY_ADMIN)) {
      items.add(new NavItem("申请统计", "/admin/requests/statistics", 12));
    }
    if (me.hasRole(Role.OFFICER, Role.AGENCY_ADMIN)) {
      items.add(new NavItem("告知书模板", "/admin/requests/settings", 13));
    }
    return items;
  }

  @Override
  public List<Task> tasks(StaffPrincipal me) {
    List<Task> tasks = new ArrayList<>();
    if (me.agencyId() == null || !me.hasRole(Role.OFFICER, Role.REVIEWER, Role.LEADER)) {
      return tasks;
    }
    LocalDate today = LocalDate.now(clock);
    List<WorkQueue.Item> items = queue.of(me.agencyId(), today);
    if (me.hasRole(Role.OFFICER)) {
      long overdue = items.stream().filter(i -> i.urgency() == WorkQueue.Urgency.OVERDUE).count();
      long dueToday = items.stream().filter(i -> i.urgency() == WorkQueue.Urgency.TODAY).count();
      long soon = items.stream().filter(i -> i.urgency() == WorkQueue.Urgency.SOON).count();
      long lapses = items.stream().filter(i -> i.request().lapseOutcome() != null).count();
      if (overdue > 0) {
        tasks.add(new Task(overdue + "件依申请公开已超过答复期限", "/admin/requests", true));
      }
      if (dueToday > 0) {
        tasks.add(new Task(dueToday + "件依申请公开今日届满", "/admin/requests", true));
      }
      if (soon > 0) {
        tasks.add(new Task(soon + "件依申请公开将在3个工作日内届满", "/admin/requests", false));
      }
      if (lapses > 0) {
        tasks.add(new Task(lapses + "件依申请公开逾期未补正或未缴费，待确认办结", "/admin/requests", true));
      }
    }
    StateMachine.Pending mine = me.hasRole(Role.LEADER) ? StateMachine.Pending.EXTENSION
        : me.hasRole(Role.REVIEWER) ? StateMachine.Pending.REPLY : null;
    if (mine != null) {
      long waiting = repository.open(me.agencyId()).stream().filter(r -> r.pending() == mine).count();
      if (waiting > 0) {
        tasks.add(new Task(waiting + "件依申请公开" + (mine == StateMachine.Pending.EXTENSION ? "延期申请" : "答复")
            + "等待您审批", "/admin/requests/approvals", true));
      }
    }
    return tasks;
  }
}
