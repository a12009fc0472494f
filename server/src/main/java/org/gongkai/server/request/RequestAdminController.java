package org.gongkai.server.request;

import jakarta.validation.Valid;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.gongkai.server.agency.Agency;
import org.gongkai.server.agency.AgencyApi;
import org.gongkai.server.shared.AuditEvent;
import org.gongkai.server.shared.CurrentStaff;
import org.gongkai.server.shared.Role;
import org.gongkai.server.shared.StaffPrincipal;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
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

/** The back office of disclosure requests: the work queue, registration, the request page and its steps. */
@Controller
@RequestMapping("/admin/requests")
class RequestAdminController {
  private final AgencyApi agencies;
  private final RequestService service;
  private final RequestRepository repository;
  private final PersonalData personal;
  private final WorkQueue queue;
  private final LetterService letters;
  private final ApplicationEventPublisher events;

  RequestAdminController(AgencyApi agencies, RequestService service, RequestRepository repository,
      PersonalData personal, WorkQueue queue, LetterService letters, ApplicationEventPublisher events) {
    this.agencies = agencies;
    this.service = service;
    this.repository = repository;
    this.personal = personal;
    this.queue = queue;
    this.letters = letters;
    this.events = events;
  }

  @GetMapping
  @PreAuthorize("hasAnyRole('OFFICER', 'REVIEWER', 'LEADER')")
  String queue(Model model) {
    StaffPrincipal me = CurrentStaff.require();
    Agency a = ownAgency(me);
    model.addAttribute("agency", a);
    model.addAttribute("items", queue.of(a.id(), service.today()));
    model.addAttribute("recent", repository.recent(a.id(), 20).stream().filter(r -> !r.state().open()).toList());
    model.addAttribute("today", service.today());
    return "request/queue";
  }

  @GetMapping("/new")
  @PreAuthorize("hasRole('OFFICER')")
  String newForm(Model model) {
    ApplyForm f = new ApplyForm();
    f.setChannel(Channel.LETTER);
    f.setReceivedOn(service.today());
    f.setToken(UUID.randomUUID().toString());
    return registerForm(model, f, null);
  }

  @PostMapping
  @PreAuthorize("hasRole('OFFICER')")
  String register(@Valid @ModelAttribute("draft") ApplyForm draft, BindingResult errors,
      @RequestParam(name = "files", required = false) List<MultipartFile> files, Model model,
      RedirectAttributes flash) {
    StaffPrincipal me = CurrentStaff.require();
    Agency a = ownAgency(me);
    draft.check(errors);
    if (draft.getReceivedOn() == null) {
      errors.rejectValue("receivedOn", "request.receivedOn.required");
    }
    if (draft.getChannel() == null) {
      errors.rejectValue("channel", "request.channel.required");
    }
    if (errors.hasErrors()) {
      return registerForm(model, draft, null);
    }
    try {
      String token = draft.getToken() != null && draft.getToken().matches("[0-9a-f-]{36}") ? draft.getToken() : null;
      RequestService.Registered r = service.register(
          draft.toNew(a.id(), draft.getChannel(), draft.getReceivedOn(), token), Uploads.of(files), actor(me));
      flash.addFlashAttribute("notice", "request.registered");
      return "redirect:/admin/requests/" + r.id();
    } catch (StepException e) {
      return registerForm(model, draft, e.getMessage());
    }
  }

  @GetMapping("/{requestId}")
  @PreAuthorize("hasAnyRole('OFFICER', 'REVIEWER', 'LEADER')")
  String detail(@PathVariable long requestId, Model model) {
    StaffPrincipal me = CurrentStaff.require();
    DisclosureRequest r = service.requireOwn(requestId, me.agencyId());
    return detail(model, me, r, personal.masked(r));
  }

  @PostMapping("/{requestId}/reveal")
  @PreAuthorize("hasRole('OFFICER')")
  String reveal(@PathVariable long requestId, Model model) {
    StaffPrincipal me = CurrentStaff.require();
    DisclosureRequest r = service.requireOwn(requestId, me.agencyId());
    return detail(model, me, r, personal.revealed(r, "经办人查看完整个人信息"));
  }

  @PostMapping("/{requestId}/steps")
  @PreAuthorize("hasAnyRole('OFFICER', 'REVIEWER', 'LEADER')")
  String step(@PathVariable long requestId, @RequestParam(defaultValue = "") String step,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate onDate,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate secondDate,
      @RequestParam(required = false) String number, @RequestParam(required = false) String code,
      @RequestParam(required = false) String basis, @RequestParam(required = false) String text,
      @RequestParam(name = "document", required = false) MultipartFile document, RedirectAttributes flash) {
    StaffPrincipal me = CurrentStaff.require();
    service.requireOwn(requestId, me.agencyId());
    Step s;
    try {
      s = Step.valueOf(step);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("step");
    }
    if (s.role() != me.role()) {
      throw new AccessDeniedException("step");
    }
    // Parsed here rather than bound, so that a malformed number is a message on the form after the access checks.
    Integer count = null;
    if (number != null && !number.isBlank()) {
      try {
        count = Integer.valueOf(number.strip());
      } catch (NumberFormatException e) {
        flash.addFlashAttribute("problemText", "数量须为整数：“" + number.strip() + "”");
        return "redirect:/admin/requests/" + requestId;
      }
    }
    try {
      service.act(requestId, s, new StepInput(onDate, secondDate, count, code, basis, text, Uploads.one(document)),
          actor(me));
      flash.addFlashAttribute("notice", "request.stepDone");
    } catch (StepException e) {
      flash.addFlashAttribute("problemText", e.getMessage());
    }
    return "redirect:/admin/requests/" + requestId;
  }

  @GetMapping("/{requestId}/letters/{kind}")
  @PreAuthorize("hasAnyRole('OFFICER', 'REVIEWER', 'LEADER')")
  ResponseEntity<byte[]> letter(@PathVariable long requestId, @PathVariable String kind,
      @RequestParam(defaultValue = "docx") String format) {
    StaffPrincipal me = CurrentStaff.require();
    DisclosureRequest r = service.requireOwn(requestId, me.agencyId());
    LetterKind k;
    try {
      k = LetterKind.valueOf(kind);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("letter");
    }
    boolean pdf = "pdf".equals(format);
    byte[] bytes;
    try {
      bytes = pdf ? letters.pdf(agencies.require(r.agencyId()), r, service.history(r.id()), k)
          : letters.docx(agencies.require(r.agencyId()), r, service.history(r.id()), k);
    } catch (StepException e) {
      throw new IllegalArgumentException(e.getMessage());
    }
    String name = k.title() + "-" + r.numberYear() + "-" + r.numberSeq();
    return pdf ? download(bytes, name + ".pdf", "application/pdf")
        : download(bytes, name + ".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  }

  @GetMapping("/{requestId}/attachments/{attachmentId}")
  @PreAuthorize("hasAnyRole('OFFICER', 'REVIEWER', 'LEADER')")
  ResponseEntity<byte[]> attachment(@PathVariable long requestId, @PathVariable long attachmentId) {
    StaffPrincipal me = CurrentStaff.require();
    DisclosureRequest r = service.requireOwn(requestId, me.agencyId());
    RequestRepository.AttachmentInfo info = repository.attachments(r.id()).stream()
        .filter(a -> a.id() == attachmentId).findFirst()
        .orElseThrow(() -> new org.gongkai.server.shared.NotFoundException("attachment"));
    events.publishEvent(AuditEvent.of(r.agencyId(), "request.attachment", "request:" + r.id(), info.fileName()));
    return download(repository.attachmentContent(attachmentId).orElseThrow(), info.fileName(), info.contentType());
  }

  @GetMapping("/approvals")
  @PreAuthorize("hasAnyRole('REVIEWER', 'LEADER')")
  String approvals(Model model) {
    StaffPrincipal me = CurrentStaff.require();
    Agency a = ownAgency(me);
    StateMachine.Pending mine = me.role() == Role.LEADER ? StateMachine.Pending.EXTENSION
        : StateMachine.Pending.REPLY;
    model.addAttribute("waiting", repository.open(a.id()).stream().filter(r -> r.pending() == mine).toList());
    model.addAttribute("kind", mine);
    return "request/approvals";
  }

  private String detail(Model model, StaffPrincipal me, DisclosureRequest r, PersonalData.Person person) {
    List<HistoryEntry> history = service.history(r.id());
    StateMachine.Situation s = service.situation(r, history);
    model.addAttribute("req", r);
    model.addAttribute("person", person);
    model.addAttribute("history", history);
    model.addAttribute("attachments", repository.attachments(r.id()));
    model.addAttribute("item", queue.item(r, history, service.today()));
    model.addAttribute("steps", StateMachine.allowedSteps(me.role(), s));
    model.addAttribute("outcomes", Outcomes.forReply());
    model.addAttribute("bases", Outcomes.forReply().stream()
        .collect(java.util.stream.Collectors.toMap(x -> x.code(), Outcomes::defaultBasis)));
    model.addAttribute("letters", LetterService.available(r, history));
    model.addAttribute("nth", service.nthInMonth(r));
    model.addAttribute("today", service.today());
    model.addAttribute("canReveal", me.role() == Role.OFFICER && !person.revealed());
    return "request/detail";
  }

  private String registerForm(Model model, ApplyForm f, String problem) {
    model.addAttribute("draft", f);
    model.addAttribute("kinds", ApplicantKind.values());
    model.addAttribute("idTypes", IdType.values());
    model.addAttribute("forms", ProvisionForm.values());
    model.addAttribute("deliveries", Delivery.values());
    model.addAttribute("channels", Channel.values());
    model.addAttribute("problemText", problem);
    return "request/register";
  }

  private Agency ownAgency(StaffPrincipal me) {
    if (me.agencyId() == null) {
      throw new AccessDeniedException("agency");
    }
    return agencies.requireReadable(me, me.agencyId());
  }

  static RequestService.Actor actor(StaffPrincipal me) {
    return new RequestService.Actor(me.getUsername(), me.role(), me.agencyId());
  }

  /** A file as a download, never shown inline, with a name safe in any browser. */
  static ResponseEntity<byte[]> download(byte[] body, String fileName, String type) {
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
        .header("X-Content-Type-Options", "nosniff")
        .contentType(MediaType.parseMediaType(type)).body(body);
  }
}
