package org.gongkai.server.request;

import org.gongkai.core.report.Applicant;
import org.gongkai.core.report.ReportFormat;
import org.gongkai.core.report.RequestRow;
import org.gongkai.server.agency.Agency;
import org.gongkai.server.agency.AgencyApi;
import org.gongkai.server.shared.CurrentStaff;
import org.gongkai.server.shared.StaffPrincipal;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Table 2 of a year counted from the register, and the agency's letter templates and reply review setting. */
@Controller
class RequestStatisticsController {
  private final AgencyApi agencies;
  private final RequestStatistics statistics;
  private final RequestService service;
  private final RequestRepository repository;
  private final Letters letters;

  RequestStatisticsController(AgencyApi agencies, RequestStatistics statistics, RequestService service,
      RequestRepository repository, Letters letters) {
    this.agencies = agencies;
    this.statistics = statistics;
    this.service = service;
    this.repository = repository;
    this.letters = letters;
  }

  @GetMapping("/admin/requests/statistics")
  @PreAuthorize("hasAnyRole('OFFICER', 'REVIEWER', 'LEADER', 'AGENCY_ADMIN')")
  String table(@RequestParam(required = false) Integer year, Model model) {
    Agency a = own();
    int y = year == null ? service.today().getYear() : year;
    if (y < 2000 || y > 2100) {
      throw new IllegalArgumentException("year");
    }
    model.addAttribute("agency", a);
    model.addAttribute("year", y);
    model.addAttribute("table", statistics.table(a.id(), y));
    model.addAttribute("fees", statistics.feesCollectedYuan(a.id(), y));
    model.addAttribute("rows", RequestRow.rowsOf(ReportFormat.F2021));
    model.addAttribute("columns", Applicant.values());
    return "request/statistics";
  }

  @GetMapping("/admin/requests/settings")
  @PreAuthorize("hasAnyRole('OFFICER', 'AGENCY_ADMIN')")
  String settings(Model model) {
    Agency a = own();
    model.addAttribute("agency", a);
    model.addAttribute("replyReview", repository.replyReview(a.id()));
    java.util.Map<LetterKind, String> texts = new java.util.LinkedHashMap<>();
    for (LetterKind k : LetterKind.values()) {
      texts.put(k, letters.template(a.id(), k));
    }
    model.addAttribute("templates", texts);
    return "request/settings";
  }

  @PostMapping("/admin/requests/settings")
  @PreAuthorize("hasRole('AGENCY_ADMIN')")
  String saveSettings(@RequestParam(defaultValue = "false") boolean replyReview, RedirectAttributes flash) {
    Agency a = own();
    repository.setReplyReview(a.id(), replyReview);
    service.audit(a.id(), "request.settings", "agency:" + a.id(), replyReview ? "答复审核：开" : "答复审核：关");
    flash.addFlashAttribute("notice", "notice.saved");
    return "redirect:/admin/requests/settings";
  }

  @PostMapping("/admin/requests/templates")
  @PreAuthorize("hasAnyRole('OFFICER', 'AGENCY_ADMIN')")
  String saveTemplate(@RequestParam(defaultValue = "") String kind, @RequestParam(defaultValue = "") String body,
      RedirectAttributes flash) {
    Agency a = own();
    LetterKind k;
    try {
      k = LetterKind.valueOf(kind);
    } catch (IllegalArgumentException e) {
      flash.addFlashAttribute("problemText", "请选择告知书类型");
      return "redirect:/admin/requests/settings";
    }
    try {
      letters.saveTemplate(a.id(), k, body);
      service.audit(a.id(), "request.template", "agency:" + a.id(), k.name());
      flash.addFlashAttribute("notice", "notice.saved");
    } catch (StepException e) {
      flash.addFlashAttribute("problemText", e.getMessage());
    }
    return "redirect:/admin/requests/settings";
  }

  private Agency own() {
    StaffPrincipal me = CurrentStaff.require();
    if (me.agencyId() == null) {
      throw new AccessDeniedException("agency");
    }
    return agencies.requireReadable(me, me.agencyId());
  }
}
