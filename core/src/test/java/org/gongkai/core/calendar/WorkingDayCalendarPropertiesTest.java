package org.gongkai.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WorkingDayCalendarPropertiesTest {
  private static final LocalDate BASE = LocalDate.of(2018, 6, 1);
  private final WorkingDayCalendar calendar = WorkingDayCalendar.official();

  @Test
  void addingThenCountingGivesBackN() {
    qt().withExamples(1000).forAll(integers().between(0, 4000), integers().between(0, 300))
        .checkAssert(this::addingThenCountingGivesBackN);
  }

  private void addingThenCountingGivesBackN(int offset, int n) {
    LocalDate from = BASE.plusDays(offset);
    LocalDate result = calendar.addWorkingDays(from, n);
    assertThat(calendar.workingDaysBetween(from, result)).isEqualTo(n);
    if (n > 0) {
      assertThat(calendar.isWorkingDay(result)).isTrue();
      assertThat(calendar.workingDaysBetween(from, result.minusDays(1))).isEqualTo(n - 1);
    }
  }

  @Test
  void countingAgreesWithCheckingDayByDay() {
    qt().withExamples(1000).forAll(integers().between(0, 4000), integers().between(0, 120))
        .checkAssert(this::countingAgreesWithCheckingDayByDay);
  }

  private void countingAgreesWithCheckingDayByDay(int offset, int length) {
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
