package org.gongkai.server.disclosure;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.server.agency.Agency;
import org.gongkai.server.agency.AgencyApi;
import org.gongkai.server.shared.CurrentStaff;
import org.gongkai.server.shared.NotFoundException;
import org.gongkai.server.shared.Role;
import org.gongkai.server.shared.StaffPrincipal;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Back-office pages of proactive disclosure: the agency's publications and their workflow. Officers draft, reviewers
 * review, leaders approve, publish and withdraw; supervisors and everyone else of the agency read.
 */
@Controller
@RequestMapping("/admin/disclosure")
class DisclosureAdminController {
  private final AgencyApi agencies;
  private final Catalogue catalogue;
  private final Publications publications;
  private final PublicationRepository repo;
  private final PublicationQueries queries;
  private final ReviewSettings settings;
  private final Art26 art26;
  private final Clock clock;

  DisclosureAdminController(AgencyApi agencies, Catalogue catalogue, Publications publications,
      PublicationRepository repo, PublicationQueries queries, ReviewSettings settings, Art26 art26, Clock clock) {
    this.agencies = agencies;
    this.catalogue = catalogue;
    this.publications = publications;
    this.repo = repo;
    this.queries = queries;
    this.settings = settings;
    this.art26 = art26;
    this.clock = clock;
  }

  @GetMapping
  String choose(Model model) {
    StaffPrincipal me = CurrentStaff.require();
    if (me.agencyId() != null) {
      return "redirect:/admin/disclosure/" + me.agencyId();
    }
    model.addAttribute("agencies", agencies.readableBy(me).stream().filter(Agency::active).toList());
    return "disclosure/admin-choose";
  }

  @GetMapping("/{agencyId}")
  String list(@PathVariable long agencyId, @RequestParam(required = false) String filter,
      @RequestParam(defaultValue = "1") int page, Model model) {
    StaffPrincipal me = CurrentStaff.require();
    Agency a = agencies.requireReadable(me, agencyId);
    List<Publication> rows = new ArrayList<>(queries.staffList(a.id(), filter, page));
    boolean more = rows.size() > 50;
    if (more) {
      rows.remove(50);
    }
    model.addAttribute("agency", a);
    model.addAttribute("rows", rows);
    model.addAttribute("more", more);
    model.addAttribute("pageNumber", Math.max(1, page));
    model.addAttribute("filter", filter == null ? "" : filter);
    model.addAttribute("categoryNames", PortalDisclosureController.names(catalogue.categories(a.id())));
    model.addAttribute("canDraft", me.role() == Role.OFFICER && agencies.canChange(me, a));
    return "disclosure/admin-list";
  }

  @GetMapping("/{agencyId}/publications/new")
  @PreAuthorize("hasRole('OFFICER')")
  String newForm(@PathVariable long agencyId, Model model) {
    Agency a = agencies.requireChangeable(CurrentStaff.require(), agencyId);
    PublicationForm f = new PublicationForm();
    f.setIssuingBody(a.fullName());
    f.setDateWritten(LocalDate.now(clock));
    return form(a, null, f, null, model);
  }

  @PostMapping("/{agencyId}/publications")
  @PreAuthorize("hasRole('OFFICER')")
  String create(@PathVariable long agencyId, @ModelAttribute("form") PublicationForm form, Model model,
      RedirectAttributes flash) {
    StaffPrincipal me = CurrentStaff.require();
    Agency a = agencies.requireChangeable(me, agencyId);
    try {
      long id = publications.create(a.id(), Actor.of(me), form);
      flash.addFlashAttribute("noticeText", "草稿已保存。可上传附件，确认无误后提交审核。");
      return "redirect:/admin/disclosure/" + a.id() + "/publications/" + id;
    } catch (DisclosureException e) {
      return form(a, null, form, e.getMessage(), model);
    }
  }

  @GetMapping("/{agencyId}/publications/{publicationId}")
  String detail(@PathVariable long agencyId, @PathVariable String publicationId, Model model) {
    StaffPrincipal me = CurrentStaff.require();
    Agency a = agencies.requireReadable(me, agencyId);
    Publication p = publication(a, publicationId);
    int shownVersion = p.workVersion() != null ? p.workVersion() : p.liveVersion();
    PublicationVersion v = repo.version(p.id(), shownVersion).orElseThrow();
    boolean own = agencies.canChange(me, a);
    List<ReviewStepKind> steps = settings.steps(a.id());
    model.addAttribute("agency", a);
    model.addAttribute("p", p);
    model.addAttribute("v", v);
    model.addAttribute("state", Publications.stateLabel(p));
    model.addAttribute("category", catalogue.find(a.id(), v.categoryId()).map(catalogue::path).orElse(""));
    model.addAttribute("history", repo.history(p.id()));
    model.addAttribute("versions", repo.publishedVersions(p.id()));
    model.addAttribute("attachments", repo.attachments(p.id(), shownVersion));
    model.addAttribute("steps", steps);
    model.addAttribute("currentStep", p.workState() == WorkState.REVIEW
        ? steps.get(Math.min(p.reviewPosition(), steps.size()) - 1) : null);
    model.addAttribute("missing", p.workState() == null ? List.of() : publications.missingSteps(p));
    model.addAttribute("deadline", art26.deadline(v.dateWritten()));
    model.addAttribute("overdue", !p.published() && LocalDate.now(clock).isAfter(art26.deadline(v.dateWritten())));
    model.addAttribute("interprets", p.interpretsId() == null ? null : repo.find(a.id(), p.interpretsId()).orElse(null));
    model.addAttribute("canEdit", own && me.role() == Role.OFFICER && p.workState() == WorkState.DRAFT);
    model.addAttribute("canNewVersion", own && me.role() == Role.OFFICER && p.listed() && p.workState() == null);
    model.addAttribute("canReview", own && me.role() == Role.REVIEWER && p.workState() == WorkState.REVIEW);
    model.addAttribute("canApprove", own && me.role() == Role.LEADER && p.workState() != null);
    model.addAttribute("canWithdraw", own && me.role() == Role.LEADER && p.listed());
    return "disclosure/admin-detail";
  }

  @GetMapping("/{agencyId}/publications/{publicationId}/edit")
  @PreAuthorize("hasRole('OFFICER')")
  String editForm(@PathVariable long agencyId, @PathVariable String publicationId, Model model,
      RedirectAttributes flash) {
    Agency a = agencies.requireChangeable(CurrentStaff.require(), agencyId);
    Publication p = publication(a, publicationId);
    if (p.workState() != WorkState.DRAFT) {
      flash.addFlashAttribute("problemText", p.workState() == null
          ? "该信息已发布，不能直接修改。请先“创建新版本”并填写修改说明，原版本将保留。"
          : "该信息正在" + Publications.stateLabel(p) + "，不能修改。");
      return "redirect:/admin/disclosure/" + a.id() + "/publications/" + p.id();
    }
    PublicationVersion v = repo.version(p.id(), p.workVersion()).orElseThrow();
    String interprets = p.interpretsId() == null ? null
        : repo.find(a.id(), p.interpretsId()).map(Publication::indexNumber).orElse(null);
    return form(a, p, PublicationForm.of(v, interprets), null, model);
  }

  @PostMapping("/{agencyId}/publications/{publicationId}")
  @PreAuthorize("hasRole('OFFICER')")
  String update(@PathVariable long agencyId, @PathVariable String publicationId,
      @ModelAttribute("form") PublicationForm form, Model model, RedirectAttributes flash) {
    StaffPrincipal me = CurrentStaff.require();
    Agency a = agencies.requireChangeable(me, agencyId);
    Publication p = publication(a, publicationId);
    try {
      publications.edit(a.id(), p.id(), Actor.of(me), form);
      flash.addFlashAttribute("noticeText", "已保存。");
      return "redirect:/admin/disclosure/" + a.id() + "/publications/" + p.id();
    } catch (DisclosureException e) {
      return form(a, p, form, e.getMessage(), model);
    }
  }

  @PostMapping("/{agencyId}/publications/{publicationId}/attachments")
  @PreAuthorize("hasRole('OFFICER')")
  String attach(@PathVariable long agencyId, @PathVariable String publicationId,
      @RequestParam(required = false) MultipartFile file, RedirectAttributes flash) {
    return act(agencyId, publicationId, flash, "附件已上传。", (a, p, actor) -> publications.attach(a.id(), p.id(),
        actor, file == null ? null : file.getOriginalFilename(), file == null ? null : bytes(file)));
  }

  @PostMapping("/{agencyId}/publications/{publicationId}/submit")
  @PreAuthorize("hasRole('OFFICER')")
  String submit(@PathVariable long agencyId, @PathVariable String publicationId, RedirectAttributes flash) {
    return act(agencyId, publicationId, flash, "已提交审核。",
        (a, p, actor) -> publications.submit(a.id(), p.id(), actor));
  }

  @PostMapping("/{agencyId}/publications/{publicationId}/review")
  @PreAuthorize("hasRole('REVIEWER')")
  String review(@PathVariable long agencyId, @PathVariable String publicationId,
      @RequestParam(defaultValue = "pass") String decision, @RequestParam(required = false) String note,
      RedirectAttributes flash) {
    boolean pass = !"return".equals(decision);
    return act(agencyId, publicationId, flash, pass ? "审查通过。" : "已退回经办人。",
        (a, p, actor) -> publications.review(a.id(), p.id(), actor, pass, note));
  }

  @PostMapping("/{agencyId}/publications/{publicationId}/approve")
  @PreAuthorize("hasRole('LEADER')")
  String approve(@PathVariable long agencyId, @PathVariable String publicationId,
      @RequestParam(defaultValue = "pass") String decision, @RequestParam(required = false) String note,
      RedirectAttributes flash) {
    boolean pass = !"return".equals(decision);
    return act(agencyId, publicationId, flash, pass ? "已审批并发布。" : "已退回经办人。",
        (a, p, actor) -> publications.approve(a.id(), p.id(), actor, pass, note));
  }

  @PostMapping("/{agencyId}/publications/{publicationId}/new-version")
  @PreAuthorize("hasRole('OFFICER')")
  String newVersion(@PathVariable long agencyId, @PathVariable String publicationId,
      @RequestParam(required = false) String changeNote, RedirectAttributes flash) {
    return act(agencyId, publicationId, flash, "已创建新版本草稿；修改后提交审核，发布前门户仍显示原版本。",
        (a, p, actor) -> publications.newVersion(a.id(), p.id(), actor, changeNote));
  }

  @PostMapping("/{agencyId}/publications/{publicationId}/withdraw")
  @PreAuthorize("hasRole('LEADER')")
  String withdraw(@PathVariable long agencyId, @PathVariable String publicationId,
      @RequestParam(required = false) String reason, RedirectAttributes flash) {
    return act(agencyId, publicationId, flash, "已撤回。",
        (a, p, actor) -> publications.withdraw(a.id(), p.id(), actor, reason));
  }

  /** One workflow step on a publication of an agency the signed-in staff member may change. */
  private interface StepAction {
    void run(Agency a, Publication p, Actor actor);
  }

  /** Runs the step and returns to the publication's page with what happened, or with why it was refused. */
  private String act(long agencyId, String publicationId, RedirectAttributes flash, String done, StepAction step) {
    StaffPrincipal me = CurrentStaff.require();
    Agency a = agencies.requireChangeable(me, agencyId);
    Publication p = publication(a, publicationId);
    try {
      step.run(a, p, Actor.of(me));
      flash.addFlashAttribute("noticeText", done);
    } catch (DisclosureException e) {
      flash.addFlashAttribute("problemText", e.getMessage());
    }
    return "redirect:/admin/disclosure/" + a.id() + "/publications/" + p.id();
  }

  private String form(Agency a, Publication p, PublicationForm f, String problem, Model model) {
    model.addAttribute("agency", a);
    model.addAttribute("p", p);
    model.addAttribute("form", f);
    model.addAttribute("problemText", problem);
    model.addAttribute("categories", catalogue.categories(a.id()));
    model.addAttribute("validities", Validity.values());
    model.addAttribute("newVersion", p != null && p.published());
    return "disclosure/admin-form";
  }

  private Publication publication(Agency a, String publicationId) {
    try {
      return repo.find(a.id(), Long.parseLong(publicationId)).orElseThrow(() -> new NotFoundException("publication"));
    } catch (NumberFormatException e) {
      throw new NotFoundException("publication");
    }
  }

  private static byte[] bytes(MultipartFile f) {
    try {
      return f.getBytes();
    } catch (IOException e) {
      throw new DisclosureException("附件读取失败，请重新上传。");
    }
  }
}
