package org.gongkai.server.registers;

import org.gongkai.server.agency.AgencyWork;
import java.util.Set;
import java.util.stream.Collectors;
import org.gongkai.server.agency.Agency;
import org.gongkai.server.agency.AgencyApi;
import org.gongkai.server.audit.AuditApi;
import org.gongkai.server.shared.CurrentStaff;
import org.gongkai.server.shared.Problem;
import org.gongkai.server.shared.StaffPrincipal;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Back-office pages of the register of rules and normative documents. */
@Controller
@RequestMapping("/admin/registers")
class DocumentController {
  private final DocumentService documents;
  private final AgencyWork access;
  private final AgencyApi agencies;
  private final AuditApi audit;

  DocumentController(DocumentService documents, AgencyWork access, AgencyApi agencies, AuditApi audit) {
    this.documents = documents;
    this.access = access;
    this.agencies = agencies;
    this.audit = audit;
  }

  /** Agency staff go to their own register; supervisors and administrators choose an agency. */
  @GetMapping
  String start(Model model) {
    StaffPrincipal me = CurrentStaff.require();
    if (me.agencyId() != null) {
      return "redirect:/admin/registers/" + me.agencyId() + "/documents";
    }
    model.addAttribute("agencies", agencies.readableBy(me));
    return "registers/agencies";
  }

  @GetMapping("/{agencyId}/documents")
  String list(@PathVariable long agencyId, Model model) {
    Agency agency = access.readable(agencyId);
    Set<Long> due = documents.dueForReview(agencyId).stream().map(RegisterDocument::id).collect(Collectors.toSet());
    model.addAttribute("agency", agency);
    model.addAttribute("documents", documents.list(agencyId));
    model.addAttribute("due", due);
    model.addAttribute("reviewYears", documents.reviewYears());
    model.addAttribute("canEdit", access.canChange(agency));
    return "registers/documents";
  }

  @GetMapping("/{agencyId}/documents/{documentId}")
  String detail(@PathVariable long agencyId, @PathVariable long documentId, Model model) {
    Agency agency = access.readable(agencyId);
    RegisterDocument d = documents.require(agencyId, documentId);
    model.addAttribute("agency", agency);
    model.addAttribute("doc", d);
    model.addAttribute("cleanups", documents.cleanupsOf(agencyId, documentId));
    model.addAttribute("history", audit.trail(agencyId, DocumentService.target(documentId)));
    model.addAttribute("zone", java.time.ZoneId.of("Asia/Shanghai"));
    model.addAttribute("canEdit", access.canChange(agency));
    return "registers/document";
  }

  @GetMapping("/{agencyId}/documents/new")
  @PreAuthorize(AgencyWork.EDITORS)
  String newForm(@PathVariable long agencyId, Model model) {
    return form(model, access.changeable(agencyId), new DocumentForm(), null);
  }

  @PostMapping("/{agencyId}/documents")
  @PreAuthorize(AgencyWork.EDITORS)
  String create(@PathVariable long agencyId, @ModelAttribute("draft") DocumentForm draft, BindingResult errors,
      Model model, RedirectAttributes flash) {
    Agency agency = access.changeable(agencyId);
    if (errors.hasErrors()) {
      return form(model, agency, draft, null);
    }
    try {
      long id = documents.create(agencyId, draft.toDraft());
      flash.addFlashAttribute("notice", "notice.saved");
      return "redirect:/admin/registers/" + agencyId + "/documents/" + id;
    } catch (Problem.Refused e) {
      Problem.bind(e.problems(), errors);
      return form(model, agency, draft, null);
    }
  }

  @GetMapping("/{agencyId}/documents/{documentId}/edit")
  @PreAuthorize(AgencyWork.EDITORS)
  String editForm(@PathVariable long agencyId, @PathVariable long documentId, Model model) {
    Agency agency = access.changeable(agencyId);
    RegisterDocument d = documents.require(agencyId, documentId);
    return form(model, agency, DocumentForm.of(d), d);
  }

  @PostMapping("/{agencyId}/documents/{documentId}")
  @PreAuthorize(AgencyWork.EDITORS)
  String update(@PathVariable long agencyId, @PathVariable long documentId,
      @ModelAttribute("draft") DocumentForm draft, BindingResult errors, Model model, RedirectAttributes flash) {
    Agency agency = access.changeable(agencyId);
    RegisterDocument existing = documents.require(agencyId, documentId);
    if (errors.hasErrors()) {
      return form(model, agency, draft, existing);
    }
    try {
      documents.update(agencyId, documentId, draft.toDraft());
      flash.addFlashAttribute("notice", "notice.saved");
      return "redirect:/admin/registers/" + agencyId + "/documents/" + documentId;
    } catch (Problem.Refused e) {
      Problem.bind(e.problems(), errors);
      return form(model, agency, draft, existing);
    }
  }

  private String form(Model model, Agency agency, DocumentForm draft, RegisterDocument existing) {
    model.addAttribute("agency", agency);
    model.addAttribute("draft", draft);
    model.addAttribute("existing", existing);
    model.addAttribute("kinds", DocumentKind.values());
    model.addAttribute("statuses", DocumentStatus.values());
    return "registers/document-form";
  }
}
