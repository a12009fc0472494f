package org.gongkai.server.registers;

import org.gongkai.server.agency.AgencyWork;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Back-office pages of the decision register: a year's twelve-month grid (with table 1 of that year), and the import
 * of a file in two steps: preview (nothing saved), then confirm (all rows saved together).
 */
@Controller
@RequestMapping("/admin/registers/{agencyId}/decisions")
class DecisionController {
  private static final String PENDING = "registers.import.";

  private final DecisionService decisions;
  private final RegisterStatistics statistics;
  private final AgencyWork access;
  private final Clock clock;

  DecisionController(DecisionService decisions, RegisterStatistics statistics, AgencyWork access, Clock clock) {
    this.decisions = decisions;
    this.statistics = statistics;
    this.access = access;
    this.clock = clock;
  }

  @GetMapping
  String grid(@PathVariable long agencyId, @RequestParam(required = false) Integer year, Model model) {
    Agency agency = access.readable(agencyId);
    return page(model, agency, year(year), null, List.of());
  }

  /** The grid form: cells named KIND_month (LICENSING_1 … FEES_12). */
  @PostMapping
  @PreAuthorize(AgencyWork.EDITORS)
  String save(@PathVariable long agencyId, @RequestParam(required = false) Integer year,
      @RequestParam Map<String, String> cells, Model model, RedirectAttributes flash) {
    Agency agency = access.changeable(agencyId);
    int y = year(year);
    try {
      decisions.saveGrid(agencyId, y, cells);
    } catch (Problem.Refused e) {
      return page(model, agency, y, cells, e.problems());
    }
    flash.addFlashAttribute("notice", "notice.saved");
    return "redirect:/admin/registers/" + agencyId + "/decisions?year=" + y;
  }

  @PostMapping("/import")
  @PreAuthorize(AgencyWork.EDITORS)
  String preview(@PathVariable long agencyId, @RequestParam(required = false) Integer year,
      @RequestParam(required = false) MultipartFile file, Model model, HttpSession session) throws IOException {
    Agency agency = access.changeable(agencyId);
    int y = year(year);
    ImportPreview preview = file == null || file.isEmpty()
        ? new ImportPreview("", y, List.of(), List.of(), Problem.of(null, "registers.import.file.missing"))
        : DecisionImport.read(file.getOriginalFilename(), file.getSize() > DecisionImport.MAX_BYTES
            ? new byte[DecisionImport.MAX_BYTES + 1] : file.getBytes(), y);
    String token = UUID.randomUUID().toString();
    if (preview.acceptable()) {
      session.setAttribute(PENDING + agencyId, new Pending(token, preview));
    } else {
      session.removeAttribute(PENDING + agencyId);
    }
    model.addAttribute("agency", agency);
    model.addAttribute("preview", preview);
    model.addAttribute("token", token);
    return "registers/import-preview";
  }

  @PostMapping("/import/confirm")
  @PreAuthorize(AgencyWork.EDITORS)
  String confirm(@PathVariable long agencyId, @RequestParam(required = false) String token, HttpSession session,
      RedirectAttributes flash) {
    access.changeable(agencyId);
    Object pending = session.getAttribute(PENDING + agencyId);
    if (!(pending instanceof Pending p) || !p.token().equals(token)) {
      flash.addFlashAttribute("problem", "registers.import.expired");
      return "redirect:/admin/registers/" + agencyId + "/decisions";
    }
    session.removeAttribute(PENDING + agencyId);
    decisions.saveImport(agencyId, p.preview());
    flash.addFlashAttribute("notice", "registers.import.saved");
    return "redirect:/admin/registers/" + agencyId + "/decisions?year=" + p.preview().year();
  }

  private String page(Model model, Agency agency, int year, Map<String, String> entered, List<Problem> problems) {
    model.addAttribute("agency", agency);
    model.addAttribute("year", year);
    model.addAttribute("years", List.of(year - 1, year, year + 1));
    model.addAttribute("months", decisions.year(agency.id(), year));
    model.addAttribute("entered", entered);
    model.addAttribute("problems", problems);
    model.addAttribute("invalid", problems.stream().map(Problem::field).toList());
    model.addAttribute("kinds", DecisionKind.values());
    model.addAttribute("table", statistics.table(agency.id(), year));
    model.addAttribute("canEdit", access.canChange(agency));
    return "registers/decisions";
  }

  private int year(Integer year) {
    int current = LocalDate.now(clock).getYear();
    return year == null || year < 2008 || year > current + 1 ? current : year;
  }

  /** A preview waiting for confirmation in the officer's session. */
  record Pending(String token, ImportPreview preview) implements java.io.Serializable {}
}
