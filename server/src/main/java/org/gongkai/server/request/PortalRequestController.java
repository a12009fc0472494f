package org.gongkai.server.request;

import jakarta.validation.Valid;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.UUID;
import org.gongkai.server.agency.Agency;
import org.gongkai.server.agency.AgencyApi;
import org.gongkai.server.shared.NotFoundException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The public side: the application form, the receipt, and the status page (no personal data shown). */
@Controller
class PortalRequestController {
  private final AgencyApi agencies;
  private final RequestService service;
  private final PersonalData personal;
  private final Deadlines deadlines;

  PortalRequestController(AgencyApi agencies, RequestService service, PersonalData personal, Deadlines deadlines) {
    this.agencies = agencies;
    this.service = service;
    this.personal = personal;
    this.deadlines = deadlines;
  }

  @GetMapping("/agencies/{code}/apply")
  String form(@PathVariable String code, Model model) {
    ApplyForm f = new ApplyForm();
    f.setToken(UUID.randomUUID().toString());
    return form(model, agency(code), f, null);
  }

  @PostMapping("/agencies/{code}/apply")
  String apply(@PathVariable String code, @Valid @ModelAttribute("draft") ApplyForm draft, BindingResult errors,
      @RequestParam(name = "files", required = false) List<MultipartFile> files, Model model,
      RedirectAttributes flash) {
    Agency a = agency(code);
    draft.check(errors);
    if (draft.getToken() == null || !draft.getToken().matches("[0-9a-f-]{36}")) {
      draft.setToken(UUID.randomUUID().toString());
    }
    if (errors.hasErrors()) {
      return form(model, a, draft, null);
    }
    RequestService.Registered r;
    try {
      List<Upload> uploads = Uploads.of(files);
      NewRequest n = draft.toNew(a.id(), Channel.ONLINE, service.today(), draft.getToken());
      try {
        r = service.register(n, uploads, new RequestService.Actor("申请人（网上申请）", null, a.id()));
      } catch (DataIntegrityViolationException raced) {
        // Two submissions of the same form at the same instant: the second finds the first.
        r = service.register(n, List.of(), new RequestService.Actor("申请人（网上申请）", null, a.id()));
      }
    } catch (StepException e) {
      return form(model, a, draft, e.getMessage());
    }
    flash.addFlashAttribute("receipt", r);
    flash.addFlashAttribute("agencyName", a.fullName());
    return "redirect:/requests/receipt";
  }

  @GetMapping("/requests/receipt")
  String receipt(Model model) {
    if (!model.containsAttribute("receipt")) {
      return "redirect:/requests/status";
    }
    return "request/receipt";
  }

  @GetMapping("/requests/status")
  String statusForm() {
    return "request/status";
  }

  @PostMapping("/requests/status")
  String status(@RequestParam(defaultValue = "") String trackingCode, @RequestParam(defaultValue = "") String secret,
      Model model) {
    String code = trackingCode.strip().toUpperCase();
    DisclosureRequest r = code.matches("[A-Z0-9]{10}") ? service.findByTrackingCode(code).orElse(null) : null;
    if (r == null || !MessageDigest.isEqual(personal.decryptSecret(r).getBytes(StandardCharsets.UTF_8),
        secret.strip().toUpperCase().getBytes(StandardCharsets.UTF_8))) {
      model.addAttribute("problemText", "查询码或查询密码不正确，请核对后重试。");
      model.addAttribute("trackingCode", trackingCode);
      return "request/status";
    }
    List<HistoryEntry> history = service.history(r.id());
    model.addAttribute("req", r);
    model.addAttribute("agency", agencies.require(r.agencyId()));
    model.addAttribute("steps", history.stream().filter(h -> h.step().visibleToApplicant()).toList());
    if (r.state().open() && r.state() != RequestState.AWAITING_CORRECTION) {
      model.addAttribute("due", deadlines.reply(r, history).due());
    }
    Deadlines.correctionDue(r, history).ifPresent(d -> model.addAttribute("correctionDue", d));
    return "request/status-result";
  }

  private String form(Model model, Agency a, ApplyForm f, String problem) {
    model.addAttribute("agency", a);
    model.addAttribute("draft", f);
    model.addAttribute("kinds", ApplicantKind.values());
    model.addAttribute("idTypes", IdType.values());
    model.addAttribute("forms", ProvisionForm.values());
    model.addAttribute("deliveries", Delivery.values());
    model.addAttribute("problemText", problem);
    return "request/apply";
  }

  private Agency agency(String code) {
    return agencies.findByCode(code).filter(Agency::active).orElseThrow(() -> new NotFoundException("agency"));
  }
}
