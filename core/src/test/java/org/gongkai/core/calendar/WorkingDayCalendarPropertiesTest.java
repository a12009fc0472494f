package org.gongkai.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class WorkingDayCalendarPropertiesTest {
  private static final LocalDate BASE = LocalDate.of(2018, 6, 1);
  private final WorkingDayCalendar calendar = WorkingDayCalendar.official();

  @Property
  void addingThenCountingGivesBackN(@ForAll @IntRange(max = 4000) int offset, @ForAll @IntRange(max = 300) int n) {
    LocalDate from = BASE.plusDays(offset);
    LocalDate result = calendar.addWorkingDays(from, n);
    assertThat(calendar.workingDaysBetween(from, result)).isEqualTo(n);
    if (n > 0) {
      assertThat(calendar.isWorkingDay(result)).isTrue();
      assertThat(calendar.workingDaysBetween(from, result.minusDays(1))).isEqualTo(n - 1);
    }
  }

  @Property
  void countingAgreesWithCheckingDayByDay(@ForAll @IntRange(max = 4000) int offset,
      @ForAll @IntRange(max = 120) int length) {
    LocalDate from = BASE.plusDays(offset);
    LocalDate to = from.plusDays(length);
    int byDay = 0;
    for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
      byDay += calendar.isWorkingDay(d) ? 1 : 0;
    }
    assertThat(calendar.workingDaysBetween(from, to)).isEqualTo(byDay);
    assertThat(calendar.workingDaysBetween(to, from)).isEqualTo(-byDay);
  }
}
