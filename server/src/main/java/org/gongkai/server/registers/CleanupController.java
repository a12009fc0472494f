package org.gongkai.server.registers;

import org.gongkai.server.agency.AgencyWork;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.server.agency.Agency;
import org.gongkai.server.shared.Problem;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Back-office pages of cleanup campaigns: the list, one campaign, and recording a new one (applied at once). */
@Controller
@RequestMapping("/admin/registers/{agencyId}/cleanups")
class CleanupController {
  private final DocumentService documents;
  private final AgencyWork access;
  private final java.time.Clock clock;

  CleanupController(DocumentService documents, AgencyWork access, java.time.Clock clock) {
    this.documents = documents;
    this.access = access;
    this.clock = clock;
  }

  @GetMapping
  String list(@PathVariable long agencyId, Model model) {
    Agency agency = access.readable(agencyId);
    model.addAttribute("agency", agency);
    model.addAttribute("cleanups", documents.cleanups(agencyId));
    model.addAttribute("canEdit", access.canChange(agency));
    return "registers/cleanups";
  }

  @GetMapping("/{cleanupId}")
  String detail(@PathVariable long agencyId, @PathVariable long cleanupId, Model model) {
    Agency agency = access.readable(agencyId);
    model.addAttribute("agency", agency);
    model.addAttribute("cleanup", documents.cleanup(agencyId, cleanupId));
    return "registers/cleanup";
  }

  @GetMapping("/new")
  @PreAuthorize(AgencyWork.EDITORS)
  String newForm(@PathVariable long agencyId, Model model) {
    Agency agency = access.changeable(agencyId);
    return form(model, agency, Map.of(), List.of());
  }

  /** Parameters: name, decidedOn, basis, and per document outcome_ID (blank = not covered) and note_ID. */
  @PostMapping
  @PreAuthorize(AgencyWork.EDITORS)
  String create(@PathVariable long agencyId, @RequestParam Map<String, String> params, Model model,
      RedirectAttributes flash) {
    Agency agency = access.changeable(agencyId);
    Map<Long, CleanupOutcome> outcomes = new LinkedHashMap<>();
    Map<Long, String> notes = new LinkedHashMap<>();
    try {
      for (Map.Entry<String, String> e : params.entrySet()) {
        if (e.getKey().startsWith("outcome_") && !e.getValue().isBlank()) {
          long id = Long.parseLong(e.getKey().substring("outcome_".length()));
          outcomes.put(id, CleanupOutcome.valueOf(e.getValue()));
          notes.put(id, params.get("note_" + id));
        }
      }
    } catch (IllegalArgumentException e) {
      return form(model, agency, params, List.of(Problem.of(null, "registers.cleanup.badInput")));
    }
    LocalDate decidedOn;
    try {
      String d = params.getOrDefault("decidedOn", "");
      decidedOn = d.isBlank() ? null : LocalDate.parse(d);
    } catch (DateTimeParseException e) {
      return form(model, agency, params, List.of(Problem.of("decidedOn", "registers.date.format")));
    }
    try {
      long id = documents.recordCleanup(agencyId, params.get("name"), decidedOn, params.get("basis"), outcomes,
          notes);
      flash.addFlashAttribute("notice", "registers.cleanup.applied");
      return "redirect:/admin/registers/" + agencyId + "/cleanups/" + id;
    } catch (Problem.Refused e) {
      return form(model, agency, params, e.problems());
    }
  }

  private String form(Model model, Agency agency, Map<String, String> params, List<Problem> problems) {
    LocalDate today = LocalDate.now(clock);
    model.addAttribute("agency", agency);
    model.addAttribute("candidates", documents.list(agency.id()).stream()
        .filter(d -> !d.status().ended() && d.inForceOn(today)).toList());
    model.addAttribute("due", documents.dueForReview(agency.id()).stream().map(RegisterDocument::id).toList());
    model.addAttribute("params", params);
    model.addAttribute("problems", problems);
    model.addAttribute("outcomes", CleanupOutcome.values());
    return "registers/cleanup-form";
  }
}
