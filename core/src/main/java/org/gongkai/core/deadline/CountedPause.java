package org.gongkai.core.deadline;

import java.time.LocalDate;

/**
 * A pause as it was applied to a deadline.
 *
 * @param pause the pause as given
 * @param limitEnd the last day of its own time limit, or {@code null} for a pause without one
 * @param after the last day that still counts (the later of the day sent and the clock start)
 * @param upTo the last paused day: the answer, else the end of the time limit, whichever is first
 * @param workdays the working days after {@code after} up to and including {@code upTo}
 * @param counted whether it fell before the due date and so moved it
 */
public record CountedPause(Pause pause, LocalDate limitEnd, LocalDate after, LocalDate upTo, int workdays,
    boolean counted) {

  /** True while the answer or payment is still awaited, so the pause is counted up to its time limit. */
  public boolean provisional() {
    return pause.ended() == null;
  }

  Interval interval() {
    return new Interval(after, upTo);
  }
}
