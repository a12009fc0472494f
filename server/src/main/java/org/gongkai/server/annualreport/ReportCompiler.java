package org.gongkai.server.annualreport;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.core.check.AgencyKind;
import org.gongkai.core.check.ReportChecks;
import org.gongkai.core.report.AnnualReport;
import org.gongkai.core.report.Finding;
import org.gongkai.core.report.ReportFormat;
import org.gongkai.core.report.ReportJson;
import org.gongkai.core.report.Section;
import org.gongkai.server.agency.Agency;
import org.springframework.stereotype.Component;

/**
 * Puts a year's report together: the tables from the registers (or, for a correction, from the version it
 * corrects), the drafted narrative with the officer's edits, the hand-set cells, and the findings of every check
 * including those against the previous year. An approved report is frozen and returned as approved.
 */
@Component
class ReportCompiler {
  private final Statistics stats;

  ReportCompiler(Statistics stats) {
    this.stats = stats;
  }

  /** The compiled report and the text the draft proposes for each section (before the officer's edits). */
  record Compiled(AnnualReport report, Map<String, String> drafted) {}

  Compiled compile(Agency a, int year, Workspace w, List<CellOverride> overrides, AnnualReport previous) {
    if (w.approvedJson() != null) {
      return new Compiled(ReportJson.read(w.approvedJson()), Map.of());
    }
    AnnualReport base;
    Map<String, String> drafted;
    if (w.baseJson() != null) {
      base = ReportJson.read(w.baseJson());
      drafted = new java.util.LinkedHashMap<>();
      for (Section s : base.sections()) {
        drafted.put(s.number(), s.text());
      }
    } else {
      base = live(a, year, previous);
      drafted = new java.util.LinkedHashMap<>();
      base.sections().forEach(s -> drafted.put(s.number(), s.text()));
    }
    List<Section> sections = new ArrayList<>();
    for (String n : Section.NUMBERS) {
      sections.add(new Section(n, Section.standardTitle(n), w.narrative().getOrDefault(n, drafted.getOrDefault(n, ""))));
    }
    AnnualReport report = CellOverrides.apply(base.withSections(sections).withFindings(List.of()), overrides);
    return new Compiled(report.withFindings(findings(a, report, previous)), drafted);
  }

  static List<Finding> findings(Agency a, AnnualReport report, AnnualReport previous) {
    Set<Finding> all = new LinkedHashSet<>(ReportChecks.check(report, AgencyKind.valueOf(a.kind().name())));
    if (previous != null) {
      all.addAll(ReportChecks.crossYear(previous, report));
    }
    return List.copyOf(all);
  }

  private AnnualReport live(Agency a, int year, AnnualReport previous) {
    long id = a.id();
    NarrativeDraft.Facts facts = new NarrativeDraft.Facts(a, year, stats.table1(id, year), stats.table2(id, year),
        stats.table3(id, year), stats.feesYuan(id, year), stats.publicationsTotal(id, year),
        stats.publicationsByCategory(id, year), stats.publicationsTotal(id, year - 1), previous);
    List<Section> sections = new ArrayList<>();
    NarrativeDraft.sections(facts).forEach((n, text) -> sections.add(new Section(n, Section.standardTitle(n), text)));
    return new AnnualReport(NarrativeDraft.title(a, year), a.fullName(), year, ReportFormat.F2021, null,
        NarrativeDraft.preamble(a, year), sections, a.fullName(), facts.table1(), null, facts.table2(),
        facts.table3(), List.of());
  }
}
