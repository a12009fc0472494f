package org.gongkai.core.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The days after {@code from} up to and including {@code to}, as an officer needs them explained.
 *
 * @param from the day of the event (not counted)
 * @param to the last day counted
 * @param workingDays working days in the span
 * @param specialDays official days off and working days in the span, by date
 * @param warnings years in the span counted with weekends only, in Chinese
 */
public record CalendarSpan(LocalDate from, LocalDate to, int workingDays, List<SpecialDay> specialDays,
    List<String> warnings) {
  public CalendarSpan {
    specialDays = List.copyOf(specialDays);
    warnings = List.copyOf(warnings);
  }

  /** The make-up working days (调休上班, weekend days that are working days) in the span. */
  public List<SpecialDay> makeUpDays() {
    return specialDays.stream().filter(SpecialDay::isMakeUpDay).toList();
  }

  /** The official days off in the span, weekends inside a holiday included. */
  public List<SpecialDay> daysOff() {
    return specialDays.stream().filter(d -> d.kind() == DayKind.OFF).toList();
  }

  /**
   * In Chinese, which holidays and make-up days the span contains, e.g.
   * {@code 含国庆节假期7天（2024-10-01至2024-10-07）、调休上班2天（2024-09-29、2024-10-12）}.
   */
  public String explanation() {
    List<String> parts = new ArrayList<>();
    // The same holiday name recurs every year, so a holiday is one name within one notice.
    Map<String, List<SpecialDay>> byHoliday = daysOff().stream().collect(Collectors.groupingBy(
        d -> d.noticeYear() + d.holiday(), LinkedHashMap::new, Collectors.toList()));
    byHoliday.values().forEach(
        off -> parts.add(off.get(0).holiday() + "假期" + off.size() + "天（" + range(off) + "）"));
    List<SpecialDay> makeUp = makeUpDays();
    if (!makeUp.isEmpty()) {
      parts.add("调休上班" + makeUp.size() + "天（"
          + makeUp.stream().map(d -> d.date().toString()).collect(Collectors.joining("、")) + "）");
    }
    return parts.isEmpty() ? "不含法定节假日和调休上班日" : "含" + String.join("、", parts);
  }

  private static String range(List<SpecialDay> days) {
    LocalDate first = days.get(0).date();
    LocalDate last = days.get(days.size() - 1).date();
    return first.equals(last) ? first.toString() : first + "至" + last;
  }
}
