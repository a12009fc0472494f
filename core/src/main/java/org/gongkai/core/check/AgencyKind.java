package org.gongkai.core.check;

import java.text.Normalizer;
import java.time.LocalDate;

/** Whether a report is issued by a people's government (deadline 31 March) or by one of its departments (31 January). */
public enum AgencyKind {
  /** 人民政府, whose report its disclosure office publishes by 31 March of the next year. */
  GOVERNMENT(3, 31),
  /** 县级以上人民政府部门, which publishes by 31 January of the next year. */
  DEPARTMENT(1, 31);

  private final int month;
  private final int day;

  AgencyKind(int month, int day) {
    this.month = month;
    this.day = day;
  }

  /** The kind an agency's name shows: a name ending in 人民政府 (or 政府) is a government, any other a department. */
  public static AgencyKind infer(String agencyName) {
    if (agencyName == null) {
      return DEPARTMENT;
    }
    String name = Normalizer.normalize(agencyName, Normalizer.Form.NFKC).replaceAll("\\s+", "");
    return name.endsWith("政府") ? GOVERNMENT : DEPARTMENT;
  }

  /** The last day on which the report on {@code reportYear} may be published (in the following year). */
  public LocalDate deadline(int reportYear) {
    return LocalDate.of(reportYear + 1, month, day);
  }
}
