package org.gongkai.server.audit;

import org.gongkai.server.shared.CurrentStaff;
import org.gongkai.server.shared.Role;
import org.gongkai.server.shared.StaffPrincipal;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit page: system administrators see every entry, agency administrators their agency's; both verify the chain. */
@Controller
class AuditController {
  static final int PAGE_SIZE = 50;
  private final AuditLog log;

  AuditController(AuditLog log) {
    this.log = log;
  }

  @GetMapping("/admin/audit")
  @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'AGENCY_ADMIN')")
  String list(@RequestParam(defaultValue = "0") int page, Model model) {
    StaffPrincipal me = CurrentStaff.require();
    Long scope = me.role() == Role.SYSTEM_ADMIN ? null : me.agencyId();
    int p = Math.max(0, page);
    long total = log.count(scope);
    model.addAttribute("entries", log.newest(scope, PAGE_SIZE, p * PAGE_SIZE));
    model.addAttribute("page", p);
    model.addAttribute("hasNext", (long) (p + 1) * PAGE_SIZE < total);
    model.addAttribute("total", total);
    model.addAttribute("status", log.verify());
    model.addAttribute("zone", java.time.ZoneId.of("Asia/Shanghai"));
    return "audit/list";
  }
}
