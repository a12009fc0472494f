package org.gongkai.core.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.core.check.Fixtures.pairs;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.gongkai.core.report.AnnualReport;
import org.gongkai.core.report.AppealCounts;
import org.gongkai.core.report.Appeals;
import org.gongkai.core.report.Applicant;
import org.gongkai.core.report.DocumentCounts;
import org.gongkai.core.report.Proactive;
import org.gongkai.core.report.Proactive2019;
import org.gongkai.core.report.ReportFormat;
import org.gongkai.core.report.RequestRow;
import org.gongkai.core.report.Severity;
import org.gongkai.core.report.ValidReports;
import org.junit.jupiter.api.Test;

class ReportChecksPropertiesTest {
  @Test
  void validReportHasNoErrorOrWarning() {
    qt().withExamples(300).forAll(ValidReports.any()).checkAssert(r ->
        assertThat(ReportChecks.check(r)).noneMatch(f -> f.severity() == Severity.ERROR
            || f.severity() == Severity.WARNING));
  }

  @Test
  void corruptedRequestCellBreaksItsRowAndColumn() {
    qt().withExamples(300).forAll(ValidReports.any(), integers().between(0, 10_000), integers().between(1, 5))
        .checkAssert(this::corruptedRequestCellBreaksItsRowAndColumn);
  }

  private void corruptedRequestCellBreaksItsRowAndColumn(AnnualReport r, int pick, int delta) {
    List<RequestRow> rows = RequestRow.rowsOf(r.format());
    RequestRow row = rows.get(pick % rows.size());
    Applicant column = Applicant.KINDS.get(pick / rows.size() % Applicant.KINDS.size());
    Integer was = r.requests().cell(row, column);
    AnnualReport bad = r.withRequests(r.requests().with(row, r.requests().row(row).with(column, was + delta)));
    var found = pairs(ReportChecks.check(bad));
    String rowFinding = "REQ_ROW_SUM@requests." + row.code();
    List<String> columnFindings = List.of("REQ_RESULT_SUM@requests." + column.key(),
        "REQ_BALANCE@requests." + column.key());
    assertThat(found).contains(rowFinding);
    assertThat(found).containsAnyElementsOf(columnFindings);
    List<String> allowed = new ArrayList<>(columnFindings);
    allowed.add(rowFinding);
    assertThat(allowed).containsAll(found);
  }

  @Test
  void corruptedAppealCellBreaksItsGroup() {
    qt().withExamples(300).forAll(ValidReports.any(), integers().between(0, 14), integers().between(1, 5))
        .checkAssert((r, cell, delta) -> corruptedAppealCellBreaksItsGroup(r, cell / 5, cell % 5, delta));
  }

  private void corruptedAppealCellBreaksItsGroup(AnnualReport r, int group, int key, int delta) {
    List<Integer> row = new ArrayList<>(r.appeals().row());
    row.set(group * 5 + key, row.get(group * 5 + key) + delta);
    AnnualReport bad = r.withAppeals(Appeals.ofRow(row));
    assertThat(pairs(ReportChecks.check(bad))).containsExactly("APPEAL_SUM@appeals." + Appeals.KEYS.get(group));
  }

  @Test
  void blankCellIsMissingThereAndNowhereElse() {
    qt().withExamples(300).forAll(ValidReports.any(), integers().between(0, 100_000))
        .checkAssert(this::blankCellIsMissingThereAndNowhereElse);
  }

  private void blankCellIsMissingThereAndNowhereElse(AnnualReport r, int pick) {
    List<Map.Entry<String, UnaryOperator<AnnualReport>>> blanks = blanks(r);
    Map.Entry<String, UnaryOperator<AnnualReport>> blank = blanks.get(pick % blanks.size());
    assertThat(pairs(ReportChecks.check(blank.getValue().apply(r))))
        .containsExactly("CELL_MISSING@" + blank.getKey());
  }

  /** Every cell of the report's tables, each with a way to blank it. */
  private static List<Map.Entry<String, UnaryOperator<AnnualReport>>> blanks(AnnualReport r) {
    List<Map.Entry<String, UnaryOperator<AnnualReport>>> out = new ArrayList<>();
    for (RequestRow row : RequestRow.rowsOf(r.format())) {
      for (Applicant a : Applicant.values()) {
        out.add(Map.entry("requests." + row.code() + "." + a.key(),
            x -> x.withRequests(x.requests().with(row, x.requests().row(row).with(a, null)))));
      }
    }
    for (int i = 0; i < 15; i++) {
      int cell = i;
      out.add(Map.entry("appeals." + Appeals.KEYS.get(i / 5) + "." + AppealCounts.KEYS.get(i % 5), x -> {
        List<Integer> row = new ArrayList<>(x.appeals().row());
        row.set(cell, null);
        return x.withAppeals(Appeals.ofRow(row));
      }));
    }
    if (r.format() == ReportFormat.F2021) {
      proactive(out);
    } else {
      proactive2019(out);
    }
    return out;
  }

  private static void proactive(List<Map.Entry<String, UnaryOperator<AnnualReport>>> out) {
    out.add(Map.entry("proactive.regulations.issued", x -> x.withProactive(docs(x.proactive(), true,
        new DocumentCounts(null, x.proactive().regulations().repealed(), x.proactive().regulations().inForce())))));
    out.add(Map.entry("proactive.normativeDocuments.inForce", x -> x.withProactive(docs(x.proactive(), false,
        new DocumentCounts(x.proactive().normativeDocuments().issued(), x.proactive().normativeDocuments().repealed(),
            null)))));
    out.add(Map.entry("proactive.licensing", x -> x.withProactive(new Proactive(x.proactive().regulations(),
        x.proactive().normativeDocuments(), null, x.proactive().penalty(), x.proactive().coercion(),
        x.proactive().feesWanYuan()))));
    out.add(Map.entry("proactive.feesWanYuan", x -> x.withProactive(new Proactive(x.proactive().regulations(),
        x.proactive().normativeDocuments(), x.proactive().licensing(), x.proactive().penalty(),
        x.proactive().coercion(), null))));
  }

  private static Proactive docs(Proactive p, boolean regulations, DocumentCounts d) {
    return new Proactive(regulations ? d : p.regulations(), regulations ? p.normativeDocuments() : d, p.licensing(),
        p.penalty(), p.coercion(), p.feesWanYuan());
  }

  private static void proactive2019(List<Map.Entry<String, UnaryOperator<AnnualReport>>> out) {
    out.add(Map.entry("proactive2019.licensing.change", x -> with2019(x, p -> new Proactive2019(p.regulations(),
        p.normativeDocuments(), new Proactive2019.Items(p.licensing().previousYearItems(), null,
            p.licensing().decisions()), p.otherServices(), p.penalty(), p.coercion(), p.fees(), p.procurement()))));
    out.add(Map.entry("proactive2019.procurement.amount", x -> with2019(x, p -> new Proactive2019(p.regulations(),
        p.normativeDocuments(), p.licensing(), p.otherServices(), p.penalty(), p.coercion(), p.fees(),
        new Proactive2019.Procurement(p.procurement().items(), null, p.procurement().amountUnit())))));
  }

  private static AnnualReport with2019(AnnualReport x, UnaryOperator<Proactive2019> change) {
    return new AnnualReport(x.title(), x.agency(), x.year(), x.format(), x.publishedOn(), x.preamble(), x.sections(),
        x.signature(), null, change.apply(x.proactive2019()), x.requests(), x.appeals(), x.findings());
  }
}
