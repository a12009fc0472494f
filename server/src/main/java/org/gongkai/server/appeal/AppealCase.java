package org.gongkai.server.appeal;

import java.time.LocalDate;

/**
 * A reconsideration or litigation case about the agency's disclosure work. {@code decidedOn} is set exactly when the
 * result is not 尚未审结; the related disclosure request is a free-text tracking code for now.
 */
record AppealCase(long id, long agencyId, String caseNumber, AppealKind kind, String body, LocalDate filedOn,
    LocalDate decidedOn, AppealResult result, String requestCode, String summary) {

  /**
   * Whether the case is counted in the year's table 3 (project rule): filed on or before 31 December and not decided
   * before 1 January, i.e. decided within the year or still pending at its end.
   */
  public boolean countsIn(int year) {
    return !filedOn.isAfter(LocalDate.of(year, 12, 31))
        && (decidedOn == null || !decidedOn.isBefore(LocalDate.of(year, 1, 1)));
  }

  /** The result column the case falls in at the end of the day: its result once decided, 尚未审结 before. */
  public AppealResult resultOn(LocalDate day) {
    return decidedOn != null && !decidedOn.isAfter(day) ? result : AppealResult.PENDING;
  }
}
