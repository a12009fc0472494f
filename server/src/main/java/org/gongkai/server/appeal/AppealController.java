package org.gongkai.server.appeal;

import org.gongkai.server.agency.AgencyWork;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.gongkai.server.agency.Agency;
import org.gongkai.server.agency.AgencyApi;
import org.gongkai.server.audit.AuditApi;
import org.gongkai.server.shared.CurrentStaff;
import org.gongkai.server.shared.Problem;
import org.gongkai.server.shared.StaffPrincipal;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Back-office pages of the reconsideration and litigation register, with table 3 of a year. */
@Controller
@RequestMapping("/admin/appeals")
class AppealController {
  private final CaseService cases;
  private final AppealStatistics statistics;
  private final AgencyWork access;
  private final AgencyApi agencies;
  private final AuditApi audit;
  private final Clock clock;

  AppealController(CaseService cases, AppealStatistics statistics, AgencyWork access, AgencyApi agencies,
      AuditApi audit, Clock clock) {
    this.cases = cases;
    this.statistics = statistics;
    this.access = access;
    this.agencies = agencies;
    this.audit = audit;
    this.clock = clock;
  }

  @GetMapping
  String start(Model model) {
    StaffPrincipal me = CurrentStaff.require();
    if (me.agencyId() != null) {
      return "redirect:/admin/appeals/" + me.agencyId() + "/cases";
    }
    model.addAttribute("agencies", agencies.readableBy(me));
    return "appeal/agencies";
  }

  @GetMapping("/{agencyId}/cases")
  String list(@PathVariable long agencyId, @RequestParam(required = false) Integer year, Model model) {
    Agency agency = access.readable(agencyId);
    int current = LocalDate.now(clock).getYear();
    int y = year == null || year < 2008 || year > current ? current - 1 : year;
    model.addAttribute("agency", agency);
    model.addAttribute("cases", cases.list(agencyId));
    model.addAttribute("year", y);
    model.addAttribute("table", statistics.table(agencyId, y));
    model.addAttribute("groupLabels", org.gongkai.core.report.Appeals.LABELS);
    model.addAttribute("columnLabels", org.gongkai.core.report.AppealCounts.LABELS);
    model.addAttribute("canEdit", access.canChange(agency));
    return "appeal/cases";
  }

  @GetMapping("/{agencyId}/cases/{caseId}")
  String detail(@PathVariable long agencyId, @PathVariable long caseId, Model model) {
    Agency agency = access.readable(agencyId);
    AppealCase c = cases.require(agencyId, caseId);
    model.addAttribute("agency", agency);
    model.addAttribute("c", c);
    model.addAttribute("documents", cases.documents(c));
    model.addAttribute("history", audit.trail(agencyId, CaseService.target(caseId)));
    model.addAttribute("zone", ZoneId.of("Asia/Shanghai"));
    model.addAttribute("canEdit", access.canChange(agency));
    model.addAttribute("maxMb", CaseService.MAX_DOCUMENT_BYTES >> 20);
    return "appeal/case";
  }

  @GetMapping("/{agencyId}/cases/new")
  @PreAuthorize(AgencyWork.EDITORS)
  String newForm(@PathVariable long agencyId, Model model) {
    return form(model, access.changeable(agencyId), new CaseForm(), null);
  }

  @PostMapping("/{agencyId}/cases")
  @PreAuthorize(AgencyWork.EDITORS)
  String create(@PathVariable long agencyId, @ModelAttribute("draft") CaseForm draft, BindingResult errors,
      Model model, RedirectAttributes flash) {
    Agency agency = access.changeable(agencyId);
    if (errors.hasErrors()) {
      return form(model, agency, draft, null);
    }
    try {
      long id = cases.create(agencyId, draft.toDraft());
      flash.addFlashAttribute("notice", "notice.saved");
      return "redirect:/admin/appeals/" + agencyId + "/cases/" + id;
    } catch (Problem.Refused e) {
      Problem.bind(e.problems(), errors);
      return form(model, agency, draft, null);
    }
  }

  @GetMapping("/{agencyId}/cases/{caseId}/edit")
  @PreAuthorize(AgencyWork.EDITORS)
  String editForm(@PathVariable long agencyId, @PathVariable long caseId, Model model) {
    Agency agency = access.changeable(agencyId);
    AppealCase c = cases.require(agencyId, caseId);
    return form(model, agency, CaseForm.of(c), c);
  }

  @PostMapping("/{agencyId}/cases/{caseId}")
  @PreAuthorize(AgencyWork.EDITORS)
  String update(@PathVariable long agencyId, @PathVariable long caseId, @ModelAttribute("draft") CaseForm draft,
      BindingResult errors, Model model, RedirectAttributes flash) {
    Agency agency = access.changeable(agencyId);
    AppealCase existing = cases.require(agencyId, caseId);
    if (errors.hasErrors()) {
      return form(model, agency, draft, existing);
    }
    try {
      cases.update(agencyId, caseId, draft.toDraft());
      flash.addFlashAttribute("notice", "notice.saved");
      return "redirect:/admin/appeals/" + agencyId + "/cases/" + caseId;
    } catch (Problem.Refused e) {
      Problem.bind(e.problems(), errors);
      return form(model, agency, draft, existing);
    }
  }

  @PostMapping("/{agencyId}/cases/{caseId}/documents")
  @PreAuthorize(AgencyWork.EDITORS)
  String upload(@PathVariable long agencyId, @PathVariable long caseId,
      @RequestParam(required = false) MultipartFile file, RedirectAttributes flash) throws IOException {
    access.changeable(agencyId);
    cases.require(agencyId, caseId);
    try {
      if (file == null || file.isEmpty()) {
        throw new Problem.Refused(java.util.List.of(Problem.of(null, "appeal.document.empty")));
      }
      byte[] bytes = file.getSize() > CaseService.MAX_DOCUMENT_BYTES
          ? new byte[(int) CaseService.MAX_DOCUMENT_BYTES + 1] : file.getBytes();
      cases.addDocument(agencyId, caseId, file.getOriginalFilename(), bytes, CurrentStaff.require().getUsername());
      flash.addFlashAttribute("notice", "appeal.document.saved");
    } catch (Problem.Refused e) {
      Problem p = e.problems().get(0);
      flash.addFlashAttribute("uploadProblem", p);
    }
    return "redirect:/admin/appeals/" + agencyId + "/cases/" + caseId;
  }

  @GetMapping("/{agencyId}/cases/{caseId}/documents/{fileId}")
  ResponseEntity<byte[]> download(@PathVariable long agencyId, @PathVariable long caseId,
      @PathVariable long fileId) {
    access.readable(agencyId);
    CaseService.Download d = cases.download(agencyId, caseId, fileId);
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(d.meta().contentType()))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename(d.meta().fileName(), StandardCharsets.UTF_8).build().toString())
        .header("X-Content-Type-Options", "nosniff")
        .body(d.bytes());
  }

  private String form(Model model, Agency agency, CaseForm draft, AppealCase existing) {
    model.addAttribute("agency", agency);
    model.addAttribute("draft", draft);
    model.addAttribute("existing", existing);
    model.addAttribute("kinds", AppealKind.values());
    model.addAttribute("results", AppealResult.values());
    return "appeal/form";
  }
}
