package org.gongkai.server.agency;

import java.time.LocalDate;

/** Whether an agency is a people's government or a department; this fixes its annual-report deadline (Art. 49, 50). */
public enum AgencyKind {
  /** 人民政府: publishes its annual report by 31 March. */
  GOVERNMENT(3, 31),
  /** 政府部门: submits its annual report by 31 January. */
  DEPARTMENT(1, 31);

  private final int month;
  private final int day;

  AgencyKind(int month, int day) {
    this.month = month;
    this.day = day;
  }

  /** The last day for the annual report on {@code reportYear}, which falls in the following year. */
  public LocalDate reportDeadline(int reportYear) {
    return LocalDate.of(reportYear + 1, month, day);
  }
}
