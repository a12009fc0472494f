package org.gongkai.server.annualreport;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.core.check.Where;
import org.gongkai.core.report.Finding;
import org.gongkai.server.agency.Agency;
import org.gongkai.server.agency.AgencyApi;
import org.gongkai.server.shared.CurrentStaff;
import org.gongkai.server.shared.Role;
import org.gongkai.server.shared.StaffPrincipal;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Back-office pages of the annual report: the list with deadlines, and the workspace of one year. */
@Controller
@RequestMapping("/admin")
class AnnualReportController {
  private final AnnualReportService service;
  private final AgencyApi agencies;

  AnnualReportController(AnnualReportService service, AgencyApi agencies) {
    this.service = service;
    this.agencies = agencies;
  }

  /** One row of the list: an agency's report on the last year and its deadline. */
  public record Row(Agency agency, int year, Status status, Deadline deadline) {}

  @GetMapping("/annual-reports")
  String list(Model model) {
    StaffPrincipal me = CurrentStaff.require();
    int year = service.today().getYear() - 1;
    List<Row> rows = new ArrayList<>();
    // Only status and deadline: compiling every agency's report here made the page slow for a supervisor of many.
    for (Agency a : agencies.readableBy(me)) {
      if (a.active()) {
        AnnualReportService.Summary s = service.summary(a, year);
        rows.add(new Row(a, year, s.status(), s.deadline()));
      }
    }
    model.addAttribute("rows", rows);
    model.addAttribute("year", year);
    return "annualreport/list";
  }

  @GetMapping("/agencies/{agencyId}/annual-reports/{year}")
  String workspace(@PathVariable long agencyId, @PathVariable int year, Model model) {
    StaffPrincipal me = CurrentStaff.require();
    AnnualReportService.View v = service.open(me, agencyId, year);
    Agency a = v.agency();
    boolean change = agencies.canChange(me, a);
    model.addAttribute("v", v);
    model.addAttribute("r", v.report());
    model.addAttribute("byWhere", byWhere(v.report().findings()));
    model.addAttribute("overrideByPath", overrides(v.overrides()));
    model.addAttribute("canEdit", change && me.hasRole(Role.OFFICER, Role.LEADER, Role.SYSTEM_ADMIN)
        && v.workspace().status() == Status.DRAFT);
    model.addAttribute("canDecide", change && me.hasRole(Role.LEADER, Role.SYSTEM_ADMIN));
    model.addAttribute("canCorrect", change && me.hasRole(Role.OFFICER, Role.LEADER, Role.SYSTEM_ADMIN)
        && v.workspace().status() == Status.PUBLISHED);
    model.addAttribute("tables", WorkspaceTables.of(v.report()));
    return "annualreport/workspace";
  }

  private static Map<String, List<String>> byWhere(List<Finding> findings) {
    Map<String, List<String>> m = new LinkedHashMap<>();
    for (Finding f : findings) {
      m.computeIfAbsent(f.where(), k -> new ArrayList<>()).add(f.severity().name() + "|" + f.message());
    }
    return m;
  }

  private static Map<String, CellOverride> overrides(List<CellOverride> list) {
    Map<String, CellOverride> m = new LinkedHashMap<>();
    list.forEach(o -> m.put(o.path(), o));
    return m;
  }

  @org.springframework.web.bind.annotation.ExceptionHandler(AnnualReportService.Refused.class)
  @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.BAD_REQUEST)
  String refused(AnnualReportService.Refused e, Model model) {
    model.addAttribute("message", e.getMessage());
    return "annualreport/refused";
  }

  /** Describes a finding's place in words, for the template. */
  static String where(String path) {
    return Where.describe(path);
  }

  @PostMapping("/agencies/{agencyId}/annual-reports/{year}/sections")
  @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'OFFICER', 'LEADER')")
  String saveSection(@PathVariable long agencyId, @PathVariable int year, @RequestParam String number,
      @RequestParam(defaultValue = "") String text, RedirectAttributes flash) {
    return act(agencyId, year, flash, "annualreport.saved",
        () -> service.saveSection(CurrentStaff.require(), agencyId, year, number, text));
  }

  @PostMapping("/agencies/{agencyId}/annual-reports/{year}/overrides")
  @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'OFFICER', 'LEADER')")
  String override(@PathVariable long agencyId, @PathVariable int year, @RequestParam String path,
      @RequestParam String value, @RequestParam(defaultValue = "") String reason, RedirectAttributes flash) {
    return act(agencyId, year, flash, "annualreport.overridden",
        () -> service.override(CurrentStaff.require(), agencyId, year, path, value, reason));
  }

  @PostMapping("/agencies/{agencyId}/annual-reports/{year}/overrides/clear")
  @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'OFFICER', 'LEADER')")
  String clearOverride(@PathVariable long agencyId, @PathVariable int year, @RequestParam String path,
      RedirectAttributes flash) {
    return act(agencyId, year, flash, "annualreport.saved",
        () -> service.clearOverride(CurrentStaff.require(), agencyId, year, path));
  }

  @PostMapping("/agencies/{agencyId}/annual-reports/import")
  @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'OFFICER', 'LEADER')")
  String importEarlier(@PathVariable long agencyId, @RequestParam(required = false) MultipartFile file,
      @RequestParam(defaultValue = "0") int back, RedirectAttributes flash) throws IOException {
    int year = service.today().getYear() - 1;
    try {
      int imported = service.importEarlier(CurrentStaff.require(), agencyId,
          file == null ? null : file.getOriginalFilename(), file == null ? null : file.getBytes());
      flash.addFlashAttribute("notice", "annualreport.imported");
      flash.addFlashAttribute("importedYear", imported);
    } catch (AnnualReportService.Refused e) {
      flash.addFlashAttribute("refusal", e.getMessage());
    }
    return "redirect:/admin/agencies/" + agencyId + "/annual-reports/" + (back > 0 ? back : year);
  }

  @PostMapping("/agencies/{agencyId}/annual-reports/{year}/submit")
  @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'OFFICER', 'LEADER')")
  String submit(@PathVariable long agencyId, @PathVariable int year, RedirectAttributes flash) {
    return act(agencyId, year, flash, "annualreport.submitted",
        () -> service.submit(CurrentStaff.require(), agencyId, year));
  }

  @PostMapping("/agencies/{agencyId}/annual-reports/{year}/return")
  @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'LEADER')")
  String sendBack(@PathVariable long agencyId, @PathVariable int year, RedirectAttributes flash) {
    return act(agencyId, year, flash, "annualreport.returned",
        () -> service.sendBack(CurrentStaff.require(), agencyId, year));
  }

  @PostMapping("/agencies/{agencyId}/annual-reports/{year}/approve")
  @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'LEADER')")
  String approve(@PathVariable long agencyId, @PathVariable int year, RedirectAttributes flash) {
    return act(agencyId, year, flash, "annualreport.approved",
        () -> service.approve(CurrentStaff.require(), agencyId, year));
  }

  @PostMapping("/agencies/{agencyId}/annual-reports/{year}/publish")
  @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'LEADER')")
  String publish(@PathVariable long agencyId, @PathVariable int year,
      @RequestParam(defaultValue = "") String note, RedirectAttributes flash) {
    return act(agencyId, year, flash, "annualreport.published",
        () -> service.publish(CurrentStaff.require(), agencyId, year, note));
  }

  @PostMapping("/agencies/{agencyId}/annual-reports/{year}/correct")
  @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'OFFICER', 'LEADER')")
  String correct(@PathVariable long agencyId, @PathVariable int year, RedirectAttributes flash) {
    return act(agencyId, year, flash, "annualreport.correcting",
        () -> service.correct(CurrentStaff.require(), agencyId, year));
  }

  private static String act(long agencyId, int year, RedirectAttributes flash, String notice, Runnable action) {
    try {
      action.run();
      flash.addFlashAttribute("notice", notice);
    } catch (AnnualReportService.Refused e) {
      flash.addFlashAttribute("refusal", e.getMessage());
    }
    return "redirect:/admin/agencies/" + agencyId + "/annual-reports/" + year;
  }
}
