package org.gongkai.server.staff;

import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.server.agency.Agency;
import org.gongkai.server.agency.AgencyApi;
import org.gongkai.server.agency.Region;
import org.gongkai.server.shared.AuditEvent;
import org.gongkai.server.shared.CurrentStaff;
import org.gongkai.server.shared.Role;
import org.gongkai.server.shared.StaffPrincipal;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * User management: the system administrator manages every account, an agency administrator the agency-bound
 * accounts of its own agency; nobody else.
 */
@Controller
@RequestMapping("/admin/users")
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'AGENCY_ADMIN')")
class UserAdminController {
  private static final List<Role> AGENCY_ROLES = List.of(Role.AGENCY_ADMIN, Role.OFFICER, Role.REVIEWER, Role.LEADER);

  private final StaffRepository repository;
  private final AgencyApi agencies;
  private final PasswordEncoder encoder;
  private final ApplicationEventPublisher events;

  UserAdminController(StaffRepository repository, AgencyApi agencies, PasswordEncoder encoder,
      ApplicationEventPublisher events) {
    this.repository = repository;
    this.agencies = agencies;
    this.encoder = encoder;
    this.events = events;
  }

  @GetMapping
  String list(Model model) {
    StaffPrincipal me = CurrentStaff.require();
    List<StaffUser> users = me.role() == Role.SYSTEM_ADMIN ? repository.all() : repository.ofAgency(me.agencyId());
    model.addAttribute("users", users);
    model.addAttribute("agencyNames", agencyNames());
    model.addAttribute("now", java.time.Instant.now());
    events.publishEvent(AuditEvent.of(me.agencyId(), "user.list", "users", null));
    return "staff/users";
  }

  @GetMapping("/new")
  String newForm(@RequestParam(required = false) Long agencyId, Model model) {
    StaffPrincipal me = CurrentStaff.require();
    return form(model, UserDraft.empty(me.role() == Role.SYSTEM_ADMIN ? agencyId : me.agencyId()), null);
  }

  @PostMapping
  String create(@Valid @ModelAttribute("draft") UserDraft draft, BindingResult errors, Model model,
      RedirectAttributes flash) {
    StaffPrincipal me = CurrentStaff.require();
    checkScope(me, draft, errors);
    String problem = PasswordPolicy.problem(draft.getPassword());
    if (problem != null) {
      errors.rejectValue("password", problem);
    }
    if (errors.hasErrors()) {
      return form(model, draft, null);
    }
    try {
      long id = repository.insert(draft.getUsername().trim(), draft.getDisplayName().trim(), encoder.encode(draft.getPassword()),
          draft.getRole(), scopedAgency(draft), scopedRegion(draft), true);
      events.publishEvent(AuditEvent.of(scopedAgency(draft), "user.create", "user:" + id,
          draft.getUsername() + " " + draft.getRole().name()));
    } catch (DuplicateKeyException e) {
      errors.rejectValue("username", "user.username.taken");
      return form(model, draft, null);
    }
    flash.addFlashAttribute("notice", "notice.userCreated");
    return "redirect:/admin/users";
  }

  @GetMapping("/{userId}/edit")
  String editForm(@PathVariable long userId, Model model) {
    StaffUser user = requireManageable(CurrentStaff.require(), userId);
    events.publishEvent(AuditEvent.of(user.agencyId(), "user.view", "user:" + userId, null));
    return form(model, UserDraft.of(user), user);
  }

  @PostMapping("/{userId}")
  String update(@PathVariable long userId, @Valid @ModelAttribute("draft") UserDraft draft, BindingResult errors,
      Model model, RedirectAttributes flash) {
    StaffPrincipal me = CurrentStaff.require();
    StaffUser user = requireManageable(me, userId);
    draft.setUsername(user.username());
    checkScope(me, draft, errors);
    if (errors.hasErrors()) {
      return form(model, draft, user);
    }
    repository.update(userId, draft.getDisplayName().trim(), draft.getRole(), scopedAgency(draft), scopedRegion(draft),
        draft.isActive());
    events.publishEvent(AuditEvent.of(scopedAgency(draft), "user.update", "user:" + userId,
        draft.getRole().name() + (draft.isActive() ? "" : " inactive")));
    flash.addFlashAttribute("notice", "notice.saved");
    return "redirect:/admin/users";
  }

  @PostMapping("/{userId}/password")
  String resetPassword(@PathVariable long userId, @RequestParam String password, RedirectAttributes flash) {
    StaffUser user = requireManageable(CurrentStaff.require(), userId);
    String problem = PasswordPolicy.problem(password);
    if (problem != null) {
      flash.addFlashAttribute("problem", problem);
      return "redirect:/admin/users/" + userId + "/edit";
    }
    repository.setPassword(userId, encoder.encode(password), true);
    repository.clearFailures(userId);
    events.publishEvent(AuditEvent.of(user.agencyId(), "user.resetPassword", "user:" + userId, null));
    flash.addFlashAttribute("notice", "notice.passwordReset");
    return "redirect:/admin/users/" + userId + "/edit";
  }

  @PostMapping("/{userId}/unlock")
  String unlock(@PathVariable long userId, RedirectAttributes flash) {
    StaffUser user = requireManageable(CurrentStaff.require(), userId);
    repository.clearFailures(userId);
    events.publishEvent(AuditEvent.of(user.agencyId(), "user.unlock", "user:" + userId, null));
    flash.addFlashAttribute("notice", "notice.unlocked");
    return "redirect:/admin/users/" + userId + "/edit";
  }

  /** The account if the staff member may manage it; access denied otherwise, also for unknown ids. */
  private StaffUser requireManageable(StaffPrincipal me, long userId) {
    StaffUser user = repository.byId(userId).orElseThrow(() -> new AccessDeniedException("user"));
    if (me.role() == Role.SYSTEM_ADMIN) {
      return user;
    }
    if (me.agencyId() == null || !me.agencyId().equals(user.agencyId()) || !user.role().agencyBound()) {
      throw new AccessDeniedException("user");
    }
    return user;
  }

  /** An agency administrator may only give agency roles in its own agency; scope fields must fit the role. */
  private void checkScope(StaffPrincipal me, UserDraft draft, BindingResult errors) {
    if (draft.getRole() == null) {
      return;
    }
    if (me.role() != Role.SYSTEM_ADMIN) {
      if (!AGENCY_ROLES.contains(draft.getRole())) {
        throw new AccessDeniedException("role");
      }
      if (draft.getAgencyId() == null || !draft.getAgencyId().equals(me.agencyId())) {
        throw new AccessDeniedException("agency");
      }
    }
    if (draft.getRole().agencyBound() && (draft.getAgencyId() == null || agencies.find(draft.getAgencyId()).isEmpty())) {
      errors.rejectValue("agencyId", "user.agency.required");
    }
    if (draft.getRole() == Role.SUPERVISOR && draft.getRegionId() == null) {
      errors.rejectValue("regionId", "user.region.required");
    }
  }

  private static Long scopedAgency(UserDraft d) {
    return d.getRole() == Role.SYSTEM_ADMIN ? null : d.getAgencyId();
  }

  private static Long scopedRegion(UserDraft d) {
    return d.getRole() == Role.SUPERVISOR ? d.getRegionId() : null;
  }

  private String form(Model model, UserDraft draft, StaffUser existing) {
    StaffPrincipal me = CurrentStaff.require();
    boolean system = me.role() == Role.SYSTEM_ADMIN;
    model.addAttribute("draft", draft);
    model.addAttribute("existing", existing);
    model.addAttribute("system", system);
    model.addAttribute("roles", system ? Arrays.asList(Role.values()) : AGENCY_ROLES);
    model.addAttribute("agencies", system ? agencies.all() : List.of(agencies.require(me.agencyId())));
    Map<Long, String> regions = new LinkedHashMap<>();
    for (Region r : agencies.regions()) {
      regions.put(r.id(), agencies.regionPath(r.id()));
    }
    model.addAttribute("regionPaths", regions);
    model.addAttribute("locked", existing != null && existing.lockedAt(java.time.Instant.now()));
    return "staff/user-form";
  }

  private Map<Long, String> agencyNames() {
    Map<Long, String> m = new LinkedHashMap<>();
    for (Agency a : agencies.all()) {
      m.put(a.id(), a.shortName());
    }
    return m;
  }
}
