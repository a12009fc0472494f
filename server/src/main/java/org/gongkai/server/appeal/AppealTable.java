package org.gongkai.server.appeal;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.gongkai.core.report.AppealCounts;
import org.gongkai.core.report.Appeals;
import org.springframework.stereotype.Service;

/**
 * Table 3 from the register: every case that counts in the year (filed by 31 December and not decided before
 * 1 January) in its kind's group, under its result if decided within the year, under 尚未审结 otherwise.
 */
@Service
class AppealTable implements AppealStatistics {
  private final CaseRepository cases;

  AppealTable(CaseRepository cases) {
    this.cases = cases;
  }

  @Override
  public Appeals table(long agencyId, int year) {
    LocalDate end = LocalDate.of(year, 12, 31);
    Map<AppealKind, int[]> counts = new EnumMap<>(AppealKind.class);
    for (AppealKind k : AppealKind.values()) {
      counts.put(k, new int[AppealResult.values().length]);
    }
    for (AppealCase c : cases.ofYear(agencyId, year)) {
      counts.get(c.kind())[c.resultOn(end).ordinal()]++;
    }
    return new Appeals(group(counts.get(AppealKind.RECONSIDERATION)), group(counts.get(AppealKind.LITIGATION_DIRECT)),
        group(counts.get(AppealKind.LITIGATION_AFTER_RECONSIDERATION)));
  }

  private static AppealCounts group(int[] c) {
    return new AppealCounts(c[0], c[1], c[2], c[3], c[0] + c[1] + c[2] + c[3]);
  }
}
