package org.gongkai.core.deadline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.gongkai.core.calendar.WorkingDayCalendar;

/** The days after {@code after} up to and including {@code upTo}; empty when {@code upTo} is not later. */
record Interval(LocalDate after, LocalDate upTo) {

  boolean isEmpty() {
    return !upTo.isAfter(after);
  }

  Interval clip(LocalDate from, LocalDate to) {
    LocalDate a = after.isBefore(from) ? from : after;
    LocalDate b = upTo.isAfter(to) ? to : upTo;
    return new Interval(a, b);
  }

  /** The non-empty intervals merged where they overlap or touch, by start. */
  static List<Interval> union(List<Interval> intervals) {
    List<Interval> sorted = intervals.stream().filter(i -> !i.isEmpty())
        .sorted(Comparator.comparing(Interval::after)).toList();
    List<Interval> merged = new ArrayList<>();
    for (Interval i : sorted) {
      Interval last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (last != null && !i.after().isAfter(last.upTo())) {
        merged.set(merged.size() - 1, new Interval(last.after(), i.upTo().isAfter(last.upTo()) ? i.upTo() : last.upTo()));
      } else {
        merged.add(i);
      }
    }
    return merged;
  }

  /** Working days in the union of {@code intervals} within the days after {@code from} up to {@code to}. */
  static int workdays(WorkingDayCalendar calendar, List<Interval> intervals, LocalDate from, LocalDate to) {
    int n = 0;
    for (Interval i : union(intervals.stream().map(i -> i.clip(from, to)).toList())) {
      n += calendar.workingDaysBetween(i.after(), i.upTo());
    }
    return n;
  }
}
