package org.gongkai.server.request;

import java.math.BigDecimal;
import org.gongkai.core.report.RequestTable;

/** What the request register tells the annual report: table 2 and the information-processing fees of a year. */
public interface RequestStatistics {
  /**
   * Table 2 (format 2021) of an agency's year: row 1 = requests received that year; row 2 = still open on 31 December
   * of the year before; rows 3.x = closed that year by outcome; row 4 = still open on 31 December; columns by
   * applicant kind. The balance 1 + 2 = 3.7 + 4 holds by construction.
   */
  RequestTable table(long agencyId, int year);

  /** The information-processing fees (信息处理费) actually collected in the year, in yuan. */
  BigDecimal feesCollectedYuan(long agencyId, int year);
}
