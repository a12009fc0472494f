package org.gongkai.server.admin;

import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.server.agency.Agency;
import org.gongkai.server.agency.AgencyApi;
import org.gongkai.server.audit.AuditApi;
import org.gongkai.server.report.PublishedReportApi;
import org.gongkai.server.shared.CurrentStaff;
import org.gongkai.server.shared.Role;
import org.gongkai.server.shared.StaffPrincipal;
import org.gongkai.server.staff.StaffApi;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The dashboard: what needs the staff member's attention, counted from what exists, for its role and scope. */
@Controller
class DashboardController {
  static final String SELECTED = "gongkai.selectedAgency";

  private final AgencyApi agencies;
  private final StaffApi staff;
  private final AuditApi audit;
  private final PublishedReportApi reports;
  private final Clock clock;

  DashboardController(AgencyApi agencies, StaffApi staff, AuditApi audit, PublishedReportApi reports, Clock clock) {
    this.agencies = agencies;
    this.staff = staff;
    this.audit = audit;
    this.reports = reports;
    this.clock = clock;
  }

  /** One agency's state of its annual report on the last year. */
  record ReportState(Agency agency, int year, LocalDate deadline, boolean published, boolean overdue) {}

  @GetMapping("/admin")
  String dashboard(Model model, HttpSession session) {
    StaffPrincipal me = CurrentStaff.require();
    LocalDate today = LocalDate.now(clock);
    int year = today.getYear() - 1;
    model.addAttribute("reportYear", year);
    switch (me.role()) {
      case SYSTEM_ADMIN -> {
        model.addAttribute("agencyCount", agencies.active().size());
        model.addAttribute("userCount", staff.countUsers(null));
        model.addAttribute("lockedCount", staff.countLocked(null));
        model.addAttribute("auditCount", audit.count(null));
        model.addAttribute("chain", audit.verify());
      }
      case SUPERVISOR -> {
        List<Agency> region = agencies.readableBy(me).stream().filter(Agency::active).toList();
        List<ReportState> states = new ArrayList<>();
        for (Agency a : region) {
          states.add(state(a, year, today));
        }
        model.addAttribute("regionPath", agencies.regionPath(me.regionId()));
        model.addAttribute("states", states);
        model.addAttribute("missing", states.stream().filter(s -> !s.published()).count());
        Long selected = (Long) session.getAttribute(SELECTED);
        Agency chosen = selected == null ? null : agencies.find(selected).filter(a -> agencies.canRead(me, a))
            .orElse(null);
        model.addAttribute("selected", chosen == null ? null : state(chosen, year, today));
      }
      default -> {
        Agency own = agencies.require(me.agencyId());
        model.addAttribute("own", state(own, year, today));
        model.addAttribute("reportCount", reports.count(own.id()));
        if (me.role() == Role.AGENCY_ADMIN) {
          model.addAttribute("userCount", staff.countUsers(own.id()));
          model.addAttribute("lockedCount", staff.countLocked(own.id()));
          model.addAttribute("auditCount", audit.count(own.id()));
        }
      }
    }
    return "admin/dashboard";
  }

  @PostMapping("/admin/switch-agency")
  @PreAuthorize("hasAnyRole('SUPERVISOR', 'SYSTEM_ADMIN')")
  String switchAgency(@RequestParam long agencyId, HttpSession session) {
    Agency a = agencies.requireReadable(CurrentStaff.require(), agencyId);
    session.setAttribute(SELECTED, a.id());
    return "redirect:/admin";
  }

  private ReportState state(Agency a, int year, LocalDate today) {
    LocalDate deadline = a.kind().reportDeadline(year);
    boolean published = reports.find(a.id(), year).isPresent();
    return new ReportState(a, year, deadline, published, !published && today.isAfter(deadline));
  }
}
