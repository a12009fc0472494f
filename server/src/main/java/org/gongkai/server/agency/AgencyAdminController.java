package org.gongkai.server.agency;

import jakarta.validation.Valid;
import org.gongkai.server.shared.CurrentStaff;
import org.gongkai.server.shared.Role;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Back-office pages for agencies and regions: everyone reads what is theirs, administrators change. */
@Controller
@RequestMapping("/admin")
class AgencyAdminController {
  private final AgencyApi agencies;

  AgencyAdminController(AgencyApi agencies) {
    this.agencies = agencies;
  }

  @GetMapping("/agencies")
  String list(Model model) {
    StaffPrincipal me = CurrentStaff.require();
    model.addAttribute("agencies", agencies.readableBy(me));
    model.addAttribute("regionPaths", regionPaths());
    model.addAttribute("canCreate", me.role() == Role.SYSTEM_ADMIN);
    return "agency/list";
  }

  @GetMapping("/agencies/{agencyId}")
  String detail(@PathVariable long agencyId, Model model) {
    StaffPrincipal me = CurrentStaff.require();
    Agency a = agencies.requireReadable(me, agencyId);
    model.addAttribute("agency", a);
    model.addAttribute("regionPath", agencies.regionPath(a.regionId()));
    model.addAttribute("canEdit", me.hasRole(Role.SYSTEM_ADMIN, Role.AGENCY_ADMIN) && agencies.canChange(me, a));
    model.addAttribute("canDeactivate", me.role() == Role.SYSTEM_ADMIN);
    return "agency/detail";
  }

  @GetMapping("/agencies/new")
  @PreAuthorize("hasRole('SYSTEM_ADMIN')")
  String newForm(Model model) {
    return form(model, new AgencyForm(), null);
  }

  @PostMapping("/agencies")
  @PreAuthorize("hasRole('SYSTEM_ADMIN')")
  String create(@Valid @ModelAttribute("draft") AgencyForm draft, BindingResult errors, Model model,
      RedirectAttributes flash) {
    if (errors.hasErrors()) {
      return form(model, draft, null);
    }
    try {
      long id = agencies.create(draft.toDraft());
      flash.addFlashAttribute("notice", "notice.saved");
      return "redirect:/admin/agencies/" + id;
    } catch (AgencyApi.DuplicateCodeException e) {
      errors.rejectValue("code", "agency.code.taken");
      return form(model, draft, null);
    }
  }

  @GetMapping("/agencies/{agencyId}/edit")
  @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'AGENCY_ADMIN')")
  String editForm(@PathVariable long agencyId, Model model) {
    Agency a = agencies.requireChangeable(CurrentStaff.require(), agencyId);
    return form(model, AgencyForm.of(a), a);
  }

  @PostMapping("/agencies/{agencyId}")
  @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'AGENCY_ADMIN')")
  String update(@PathVariable long agencyId, @Valid @ModelAttribute("draft") AgencyForm draft,
      BindingResult errors, Model model, RedirectAttributes flash) {
    StaffPrincipal me = CurrentStaff.require();
    Agency a = agencies.requireChangeable(me, agencyId);
    if (me.role() != Role.SYSTEM_ADMIN) {
      // The identity of an agency (code, kind, region) is the system administrator's to set.
      draft.keepIdentityOf(a);
    }
    if (errors.hasErrors()) {
      return form(model, draft, a);
    }
    try {
      agencies.update(agencyId, draft.toDraft());
    } catch (AgencyApi.DuplicateCodeException e) {
      errors.rejectValue("code", "agency.code.taken");
      return form(model, draft, a);
    }
    flash.addFlashAttribute("notice", "notice.saved");
    return "redirect:/admin/agencies/" + agencyId;
  }

  @PostMapping("/agencies/{agencyId}/deactivate")
  @PreAuthorize("hasRole('SYSTEM_ADMIN')")
  String deactivate(@PathVariable long agencyId, RedirectAttributes flash) {
    agencies.setActive(agencyId, false);
    flash.addFlashAttribute("notice", "notice.agencyDeactivated");
    return "redirect:/admin/agencies/" + agencyId;
  }

  @PostMapping("/agencies/{agencyId}/activate")
  @PreAuthorize("hasRole('SYSTEM_ADMIN')")
  String activate(@PathVariable long agencyId, RedirectAttributes flash) {
    agencies.setActive(agencyId, true);
    flash.addFlashAttribute("notice", "notice.agencyActivated");
    return "redirect:/admin/agencies/" + agencyId;
  }

  @GetMapping("/regions")
  @PreAuthorize("hasRole('SYSTEM_ADMIN')")
  String regions(Model model) {
    model.addAttribute("regions", agencies.regions());
    model.addAttribute("regionPaths", regionPaths());
    return "agency/regions";
  }

  @PostMapping("/regions")
  @PreAuthorize("hasRole('SYSTEM_ADMIN')")
  String createRegion(@RequestParam(required = false) Long parentId, @RequestParam String name,
      RedirectAttributes flash) {
    try {
      agencies.createRegion(parentId, name);
      flash.addFlashAttribute("notice", "notice.saved");
    } catch (IllegalArgumentException e) {
      flash.addFlashAttribute("problem", "region.invalid");
    }
    return "redirect:/admin/regions";
  }

  private String form(Model model, AgencyForm draft, Agency existing) {
    StaffPrincipal me = CurrentStaff.require();
    model.addAttribute("draft", draft);
    model.addAttribute("existing", existing);
    model.addAttribute("identityEditable", me.role() == Role.SYSTEM_ADMIN);
    model.addAttribute("kinds", AgencyKind.values());
    model.addAttribute("regions", agencies.regions());
    model.addAttribute("regionPaths", regionPaths());
    return "agency/form";
  }

  private java.util.Map<Long, String> regionPaths() {
    java.util.Map<Long, String> m = new java.util.LinkedHashMap<>();
    for (Region r : agencies.regions()) {
      m.put(r.id(), agencies.regionPath(r.id()));
    }
    return m;
  }
}
