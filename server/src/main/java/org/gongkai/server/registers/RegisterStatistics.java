package org.gongkai.server.registers;

import org.gongkai.core.report.Proactive;

/** What the registers tell the annual report: table 1 of a year. */
public interface RegisterStatistics {
  /**
   * Table 1 (format 2021) of an agency's year: rules and normative documents issued and repealed that year and in
   * force on 31 December; licensing, penalty and coercion decisions; administrative fees in 万元 as a decimal string.
   */
  Proactive table(long agencyId, int year);
}
