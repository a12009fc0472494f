package org.gongkai.server.registers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gongkai.server.shared.AuditEvent;
import org.gongkai.server.shared.Problem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of administrative decisions and fee income: a year's twelve months entered by hand or imported from
 * a file. Both ways save all or nothing.
 */
@Service
class DecisionService {
  private final DecisionRepository repository;
  private final ApplicationEventPublisher events;

  DecisionService(DecisionRepository repository, ApplicationEventPublisher events) {
    this.repository = repository;
    this.events = events;
  }

  List<MonthCounts> year(long agencyId, int year) {
    return repository.year(agencyId, year);
  }

  DecisionRepository.Totals totals(long agencyId, int year) {
    return repository.totals(agencyId, year);
  }

  /**
   * Saves the grid form: {@code cells} maps "KIND_month" (e.g. "FEES_3") to the text entered. Every cell is checked
   * first; any bad cell refuses the whole grid, with a problem per cell (its field name is the cell's key).
   */
  @Transactional
  void saveGrid(long agencyId, int year, Map<String, String> cells) {
    checkYear(year);
    List<MonthCounts> months = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (int m = 1; m <= 12; m++) {
      MonthCounts counts = MonthCounts.zero(m);
      for (DecisionKind k : DecisionKind.values()) {
        String key = k.name() + "_" + m;
        String raw = cells.getOrDefault(key, "");
        Decimals.Parsed p = Decimals.parse(k, raw.isBlank() ? "0" : raw);
        if (p.errorKey() != null) {
          problems.add(Problem.of(key, p.errorKey(), raw));
        } else {
          counts = counts.with(k, p.value());
        }
      }
      months.add(counts);
    }
    if (!problems.isEmpty()) {
      throw new Problem.Refused(problems);
    }
    months.forEach(m -> repository.save(agencyId, year, m));
    DecisionRepository.Totals t = repository.totals(agencyId, year);
    events.publishEvent(AuditEvent.of(agencyId, "registers.decisions.save", "register-decisions:" + year,
        summary(t)));
  }

  /** Saves a previewed import; refused unless the preview is acceptable. Figures not in the file stay as they were. */
  @Transactional
  void saveImport(long agencyId, ImportPreview preview) {
    if (!preview.acceptable()) {
      throw new Problem.Refused(List.of(Problem.of(null, "registers.import.refused")));
    }
    checkYear(preview.year());
    List<MonthCounts> months = new ArrayList<>(repository.year(agencyId, preview.year()));
    for (ImportPreview.Row r : preview.rows()) {
      months.set(r.month() - 1, months.get(r.month() - 1).with(r.kind(), r.value()));
    }
    months.forEach(m -> repository.save(agencyId, preview.year(), m));
    DecisionRepository.Totals t = repository.totals(agencyId, preview.year());
    events.publishEvent(AuditEvent.of(agencyId, "registers.decisions.import",
        "register-decisions:" + preview.year(),
        preview.fileName() + "，" + preview.rows().size() + "行；" + summary(t)));
  }

  private static void checkYear(int year) {
    if (year < 2008 || year > 2100) {
      // The disclosure regulations took effect in 2008; nothing earlier belongs in this register.
      throw new Problem.Refused(List.of(Problem.of(null, "registers.year.invalid", year)));
    }
  }

  private static String summary(DecisionRepository.Totals t) {
    return "全年合计：许可" + t.licensing() + "，处罚" + t.penalty() + "，强制" + t.coercion() + "，收费"
        + Decimals.plain(t.fees() == null ? BigDecimal.ZERO : t.fees()) + "万元";
  }
}
