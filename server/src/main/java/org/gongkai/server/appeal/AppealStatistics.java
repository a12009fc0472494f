package org.gongkai.server.appeal;

import org.gongkai.core.report.Appeals;

/** What the reconsideration and litigation register tells the annual report: table 3 of a year. */
public interface AppealStatistics {
  /**
   * Table 3 of an agency's year: cases by kind (reconsideration, direct litigation, litigation after
   * reconsideration) and result; a case decided that year counts by its result, one still open on 31 December as
   * 尚未审结.
   */
  Appeals table(long agencyId, int year);
}
