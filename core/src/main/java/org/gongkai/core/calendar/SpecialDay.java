package org.gongkai.core.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One date fixed by a State Council holiday notice.
 *
 * @param date the date
 * @param kind day off or working day
 * @param holiday the holiday's name as in the notice, e.g. 国庆节
 * @param noticeYear the year the notice is for (a date may fall in the adjacent year)
 */
public record SpecialDay(LocalDate date, DayKind kind, String holiday, int noticeYear) {
  public SpecialDay {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(holiday, "holiday");
  }

  /** True for a working day that falls on a Saturday or Sunday, the only kind officers call 调休上班. */
  public boolean isMakeUpDay() {
    return kind == DayKind.WORK && WorkingDayCalendar.isWeekend(date);
  }
}
