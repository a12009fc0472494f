package org.gongkai.server.registers;

import java.time.LocalDate;
import org.gongkai.core.report.DocumentCounts;
import org.gongkai.core.report.Proactive;
import org.springframework.stereotype.Service;

/**
 * Table 1 from the registers: documents issued in the year, repealed or expired in it, in force on 31 December;
 * the year's decisions and fee income summed over its months.
 */
@Service
class RegisterTable implements RegisterStatistics {
  private final DocumentRepository documents;
  private final DecisionRepository decisions;

  RegisterTable(DocumentRepository documents, DecisionRepository decisions) {
    this.documents = documents;
    this.decisions = decisions;
  }

  @Override
  public Proactive table(long agencyId, int year) {
    LocalDate from = LocalDate.of(year, 1, 1);
    LocalDate to = LocalDate.of(year, 12, 31);
    DecisionRepository.Totals t = decisions.totals(agencyId, year);
    return new Proactive(counts(documents.counts(agencyId, DocumentKind.RULE, from, to)),
        counts(documents.counts(agencyId, DocumentKind.NORMATIVE, from, to)), t.licensing(), t.penalty(),
        t.coercion(), Decimals.plain(t.fees()));
  }

  private static DocumentCounts counts(int[] c) {
    return new DocumentCounts(c[0], c[1], c[2]);
  }
}
