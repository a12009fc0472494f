package org.gongkai.server.disclosure;

import java.time.LocalDate;
import org.gongkai.core.calendar.WorkingDayCalendar;
import org.springframework.stereotype.Component;

/**
 * Article 26: information is published within 20 working days of being made or changed. Working days are counted
 * with the official calendar (the day written is not counted; holidays and make-up working days as announced).
 */
@Component
class Art26 {
  static final int LIMIT = 20;
  private final WorkingDayCalendar calendar = WorkingDayCalendar.official();

  /** Working days after the date written up to and including the date published. */
  int workingDays(LocalDate written, LocalDate published) {
    return calendar.workingDaysBetween(written, published);
  }

  /** Whether publication on that date came later than the statute allows. */
  boolean late(LocalDate written, LocalDate published) {
    return workingDays(written, published) > LIMIT;
  }

  /** The last day on which publication is still in time. */
  LocalDate deadline(LocalDate written) {
    return calendar.addWorkingDays(written, LIMIT);
  }
}
