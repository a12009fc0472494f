package org.gongkai.server.annualreport;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.gongkai.server.agency.Agency;

/**
 * The statutory deadline of an agency's report on a year (departments 31 January, people's governments 31 March of
 * the next year) seen from a day: days left, and whether publication was (or is now) late.
 */
public record Deadline(LocalDate due, long daysLeft, LocalDate publishedOn) {

  static Deadline of(Agency agency, int year, LocalDate today, LocalDate publishedOn) {
    LocalDate due = agency.kind().reportDeadline(year);
    return new Deadline(due, ChronoUnit.DAYS.between(today, due), publishedOn);
  }

  public boolean published() {
    return publishedOn != null;
  }

  /** Published after the deadline, or not published and the deadline has passed. */
  public boolean late() {
    return published() ? publishedOn.isAfter(due) : daysLeft < 0;
  }
}
