package org.gongkai.server.disclosure;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The catalogue and the review steps in the back office; the agency admin and officers edit the catalogue. */
@Controller
@RequestMapping("/admin/disclosure/{agencyId}")
class CatalogueAdminController {
  private final AgencyApi agencies;
  private final Catalogue catalogue;
  private final ReviewSettings settings;

  CatalogueAdminController(AgencyApi agencies, Catalogue catalogue, ReviewSettings settings) {
    this.agencies = agencies;
    this.catalogue = catalogue;
    this.settings = settings;
  }

  @GetMapping("/catalogue")
  String catalogue(@PathVariable long agencyId, @RequestParam(required = false) Long edit, Model model) {
    StaffPrincipal me = CurrentStaff.require();
    Agency a = agencies.requireReadable(me, agencyId);
    List<Category> all = catalogue.categories(a.id());
    model.addAttribute("agency", a);
    model.addAttribute("categories", all);
    model.addAttribute("parents", all.stream().filter(c -> c.parentId() == null).toList());
    model.addAttribute("canEdit", me.hasRole(Role.SYSTEM_ADMIN, Role.AGENCY_ADMIN, Role.OFFICER)
        && agencies.canChange(me, a));
    Category editing = edit == null ? null : all.stream().filter(c -> c.id() == edit).findFirst().orElse(null);
    model.addAttribute("editing", editing);
    if (!model.containsAttribute("form")) {
      CategoryForm f = editing == null ? new CategoryForm() : CategoryForm.of(editing);
      if (editing == null) {
        f.setChannel("政府网站");
        f.setAudience(CatalogueTemplate.AUDIENCE);
        f.setPosition(all.stream().mapToInt(Category::position).max().orElse(0) + 10);
      }
      model.addAttribute("form", f);
    }
    return "disclosure/admin-catalogue";
  }

  @PostMapping("/catalogue")
  @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'AGENCY_ADMIN', 'OFFICER')")
  String add(@PathVariable long agencyId, @ModelAttribute("form") CategoryForm form, RedirectAttributes flash) {
    Agency a = agencies.requireChangeable(CurrentStaff.require(), agencyId);
    try {
      catalogue.add(a.id(), form);
      flash.addFlashAttribute("noticeText", "目录分类已添加。");
    } catch (DisclosureException e) {
      flash.addFlashAttribute("problemText", e.getMessage());
      flash.addFlashAttribute("form", form);
    }
    return "redirect:/admin/disclosure/" + a.id() + "/catalogue";
  }

  @PostMapping("/catalogue/{categoryId}")
  @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'AGENCY_ADMIN', 'OFFICER')")
  String update(@PathVariable long agencyId, @PathVariable String categoryId,
      @ModelAttribute("form") CategoryForm form, RedirectAttributes flash) {
    Agency a = agencies.requireChangeable(CurrentStaff.require(), agencyId);
    long id = parse(categoryId);
    try {
      catalogue.update(a.id(), id, form);
      flash.addFlashAttribute("noticeText", "目录分类已保存。");
      return "redirect:/admin/disclosure/" + a.id() + "/catalogue";
    } catch (DisclosureException e) {
      flash.addFlashAttribute("problemText", e.getMessage());
      flash.addFlashAttribute("form", form);
      return "redirect:/admin/disclosure/" + a.id() + "/catalogue?edit=" + id;
    }
  }

  @GetMapping("/settings")
  @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'AGENCY_ADMIN')")
  String settings(@PathVariable long agencyId, Model model) {
    Agency a = agencies.requireChangeable(CurrentStaff.require(), agencyId);
    model.addAttribute("agency", a);
    model.addAttribute("steps", settings.steps(a.id()));
    model.addAttribute("kinds", ReviewStepKind.values());
    return "disclosure/admin-settings";
  }

  @PostMapping("/settings")
  @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'AGENCY_ADMIN')")
  String saveSettings(@PathVariable long agencyId, @RequestParam(required = false) List<String> step,
      RedirectAttributes flash) {
    Agency a = agencies.requireChangeable(CurrentStaff.require(), agencyId);
    List<ReviewStepKind> kinds = new ArrayList<>();
    for (String s : step == null ? List.<String>of() : step) {
      if (!s.isBlank()) {
        try {
          kinds.add(ReviewStepKind.valueOf(s));
        } catch (IllegalArgumentException e) {
          flash.addFlashAttribute("problemText", "审查步骤无效。");
          return "redirect:/admin/disclosure/" + a.id() + "/settings";
        }
      }
    }
    try {
      settings.save(a.id(), kinds);
      flash.addFlashAttribute("noticeText", "审查步骤已保存，对此后提交的信息生效。");
    } catch (DisclosureException e) {
      flash.addFlashAttribute("problemText", e.getMessage());
    }
    return "redirect:/admin/disclosure/" + a.id() + "/settings";
  }

  private static long parse(String id) {
    try {
      return Long.parseLong(id);
    } catch (NumberFormatException e) {
      throw new NotFoundException("category");
    }
  }
}
