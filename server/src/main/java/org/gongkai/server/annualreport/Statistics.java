package org.gongkai.server.annualreport;

import java.math.BigDecimal;
import java.util.Map;
import org.gongkai.core.report.Appeals;
import org.gongkai.core.report.Proactive;
import org.gongkai.core.report.RequestTable;
import org.gongkai.server.appeal.AppealStatistics;
import org.gongkai.server.disclosure.PublicationStatistics;
import org.gongkai.server.registers.RegisterStatistics;
import org.gongkai.server.request.RequestStatistics;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The registers' figures for a year, each {@code null} while the module that keeps them is not installed (the
 * workspace then says so instead of inventing zeros).
 */
@Component
class Statistics {
  private final ObjectProvider<RegisterStatistics> registers;
  private final ObjectProvider<RequestStatistics> requests;
  private final ObjectProvider<AppealStatistics> appeals;
  private final ObjectProvider<PublicationStatistics> publications;

  Statistics(ObjectProvider<RegisterStatistics> registers, ObjectProvider<RequestStatistics> requests,
      ObjectProvider<AppealStatistics> appeals, ObjectProvider<PublicationStatistics> publications) {
    this.registers = registers;
    this.requests = requests;
    this.appeals = appeals;
    this.publications = publications;
  }

  Proactive table1(long agencyId, int year) {
    RegisterStatistics s = registers.getIfAvailable();
    return s == null ? null : s.table(agencyId, year);
  }

  RequestTable table2(long agencyId, int year) {
    RequestStatistics s = requests.getIfAvailable();
    return s == null ? null : s.table(agencyId, year);
  }

  BigDecimal feesYuan(long agencyId, int year) {
    RequestStatistics s = requests.getIfAvailable();
    return s == null ? null : s.feesCollectedYuan(agencyId, year);
  }

  Appeals table3(long agencyId, int year) {
    AppealStatistics s = appeals.getIfAvailable();
    return s == null ? null : s.table(agencyId, year);
  }

  /** Publications of the year by category, or {@code null}. */
  Map<String, Integer> publicationsByCategory(long agencyId, int year) {
    PublicationStatistics s = publications.getIfAvailable();
    return s == null ? null : s.byCategory(agencyId, year);
  }

  Integer publicationsTotal(long agencyId, int year) {
    PublicationStatistics s = publications.getIfAvailable();
    return s == null ? null : s.total(agencyId, year);
  }
}
