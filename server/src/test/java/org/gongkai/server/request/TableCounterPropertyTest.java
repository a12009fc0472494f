package org.gongkai.server.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.List;
import org.gongkai.core.report.Applicant;
import org.gongkai.core.report.RequestRow;
import org.gongkai.core.report.RequestTable;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/** Table 2 from random registers: the balance per column, and every cell against a plain recount. */
class TableCounterPropertyTest {
  private static final LocalDate BASE = LocalDate.of(2020, 1, 1);
  private static final List<RequestRow> RESULTS = Outcomes.all();

  static Gen<TableCounter.Entry> entry() {
    Gen<Integer> kind = SourceDSL.integers().between(0, ApplicantKind.values().length - 1);
    Gen<Integer> received = SourceDSL.integers().between(0, 6 * 365);
    Gen<Integer> duration = SourceDSL.integers().between(-1, 500);
    Gen<Integer> outcome = SourceDSL.integers().between(0, RESULTS.size() - 1);
    return kind.zip(received, duration, outcome, (k, r, d, o) -> {
      LocalDate in = BASE.plusDays(r);
      // -1 = still open; otherwise the outcome is recorded d days after receipt (0 = on the spot)
      return d < 0 ? new TableCounter.Entry(ApplicantKind.values()[k], in, null, null)
          : new TableCounter.Entry(ApplicantKind.values()[k], in, RESULTS.get(o), in.plusDays(d));
    });
  }

  @Test
  void balanceHoldsAndEveryCellMatchesARecount() {
    qt().withExamples(300).forAll(SourceDSL.lists().of(entry()).ofSizeBetween(0, 60),
        SourceDSL.integers().between(2020, 2027)).checkAssert((entries, year) -> {
          RequestTable t = TableCounter.count(entries, year);
          for (Applicant col : Applicant.values()) {
            int in = t.cell(RequestRow.R1, col) + t.cell(RequestRow.R2, col);
            int out = t.cell(RequestRow.R3_7, col) + t.cell(RequestRow.R4, col);
            assertThat(in).as("balance in " + col).isEqualTo(out);
            int results = RESULTS.stream().mapToInt(r -> t.cell(r, col)).sum();
            assertThat(t.cell(RequestRow.R3_7, col)).isEqualTo(results);
          }
          for (ApplicantKind k : ApplicantKind.values()) {
            Applicant col = k.column();
            assertThat(t.cell(RequestRow.R1, col)).isEqualTo(count(entries, e -> e.kind() == k
                && e.received().getYear() == year));
            assertThat(t.cell(RequestRow.R2, col)).isEqualTo(count(entries, e -> e.kind() == k
                && e.received().getYear() < year && (e.outcomeOn() == null || e.outcomeOn().getYear() >= year)));
            assertThat(t.cell(RequestRow.R4, col)).isEqualTo(count(entries, e -> e.kind() == k
                && e.received().getYear() <= year && (e.outcomeOn() == null || e.outcomeOn().getYear() > year)));
            for (RequestRow r : RESULTS) {
              assertThat(t.cell(r, col)).as(r.code()).isEqualTo(count(entries, e -> e.kind() == k
                  && e.outcome() == r && e.outcomeOn().getYear() == year));
            }
          }
          for (RequestRow r : t.rows().keySet()) {
            int sum = Applicant.KINDS.stream().mapToInt(c -> t.cell(r, c)).sum();
            assertThat(t.cell(r, Applicant.TOTAL)).isEqualTo(sum);
          }
        });
  }

  @Test
  void aHandCountedRegister() {
    List<TableCounter.Entry> e = List.of(
        new TableCounter.Entry(ApplicantKind.NATURAL, LocalDate.of(2023, 12, 20), RequestRow.R3_1,
            LocalDate.of(2024, 1, 10)),
        new TableCounter.Entry(ApplicantKind.NATURAL, LocalDate.of(2024, 3, 1), RequestRow.R3_6_1,
            LocalDate.of(2024, 3, 20)),
        new TableCounter.Entry(ApplicantKind.LEGAL, LocalDate.of(2024, 12, 30), null, null),
        new TableCounter.Entry(ApplicantKind.COMMERCIAL, LocalDate.of(2023, 5, 1), RequestRow.R3_2,
            LocalDate.of(2023, 5, 20)));
    RequestTable t = TableCounter.count(e, 2024);
    assertThat(t.row(RequestRow.R1).cells()).containsExactly(1, 0, 0, 0, 1, 0, 2);
    assertThat(t.row(RequestRow.R2).cells()).containsExactly(1, 0, 0, 0, 0, 0, 1);
    assertThat(t.row(RequestRow.R3_1).cells()).containsExactly(1, 0, 0, 0, 0, 0, 1);
    assertThat(t.row(RequestRow.R3_6_1).cells()).containsExactly(1, 0, 0, 0, 0, 0, 1);
    assertThat(t.row(RequestRow.R3_7).cells()).containsExactly(2, 0, 0, 0, 0, 0, 2);
    assertThat(t.row(RequestRow.R4).cells()).containsExactly(0, 0, 0, 0, 1, 0, 1);
  }

  /** Table 2 recounted request by request from the definitions of its rows, independently of TableCounter. */
  static RequestTable recount(List<TableCounter.Entry> entries, int year) {
    java.util.Map<RequestRow, org.gongkai.core.report.RequestCounts> rows = new java.util.EnumMap<>(RequestRow.class);
    for (RequestRow r : RequestRow.rowsOf(org.gongkai.core.report.ReportFormat.F2021)) {
      int[] c = new int[ApplicantKind.values().length];
      for (ApplicantKind k : ApplicantKind.values()) {
        c[k.ordinal()] = count(entries, e -> e.kind() == k && switch (r) {
          case R1 -> e.received().getYear() == year;
          case R2 -> e.received().getYear() < year && (e.outcomeOn() == null || e.outcomeOn().getYear() >= year);
          case R4 -> e.received().getYear() <= year && (e.outcomeOn() == null || e.outcomeOn().getYear() > year);
          case R3_7 -> e.outcomeOn() != null && e.outcomeOn().getYear() == year;
          default -> e.outcome() == r && e.outcomeOn().getYear() == year;
        });
      }
      rows.put(r, org.gongkai.core.report.RequestCounts.ofKinds(c[0], c[1], c[2], c[3], c[4], c[5]));
    }
    return new RequestTable(rows);
  }

  @Test
  void theRecountAgreesWithTheCounter() {
    qt().withExamples(100).forAll(SourceDSL.lists().of(entry()).ofSizeBetween(0, 60),
        SourceDSL.integers().between(2020, 2027)).checkAssert((entries, year) ->
            assertThat(recount(entries, year)).isEqualTo(TableCounter.count(entries, year)));
  }

  private static int count(List<TableCounter.Entry> entries, java.util.function.Predicate<TableCounter.Entry> p) {
    return (int) entries.stream().filter(p).count();
  }
}
