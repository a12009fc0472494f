package org.gongkai.core.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import org.gongkai.core.calendar.WorkingDayCalendar;
import org.junit.jupiter.api.Test;

class DeadlinePropertiesTest {
  private static final LocalDate BASE = LocalDate.of(2019, 1, 1);
  private final DeadlineCalculator calculator = DeadlineCalculator.statutory();
  private final WorkingDayCalendar calendar = WorkingDayCalendar.official();

  @Test
  void dueDateIsTheLastCountedDayOutsideAllPauses() {
    var pause = integers().between(0, 40).zip(integers().between(0, 20), (gap, length) -> new int[] {gap, length});
    qt().withExamples(1000).forAll(integers().between(0, 2900), pause, pause)
        .checkAssert((offset, p1, p2) -> dueDateIsTheLastCountedDayOutsideAllPauses(offset, p1[0], p1[1], p2[0], p2[1]));
  }

  private void dueDateIsTheLastCountedDayOutsideAllPauses(int offset, int gap1, int len1, int gap2, int len2) {
    LocalDate received = BASE.plusDays(offset);
    LocalDate a1 = received.plusDays(gap1);
    LocalDate a2 = received.plusDays(gap2);
    RequestTimeline t = RequestTimeline.receivedOn(received)
        .withPause(Pause.given(a1, a1.plusDays(len1)))
        .withPause(Pause.given(a2, a2.plusDays(len2)));
    Deadline d = calculator.replyDeadline(t);
    // Day by day: the due date is the 20th working day after receipt that no pause covers.
    int counted = 0;
    int paused = 0;
    LocalDate day = received;
    while (counted < 20) {
      day = day.plusDays(1);
      if (!calendar.isWorkingDay(day)) {
        continue;
      }
      boolean inPause = inside(day, a1, len1) || inside(day, a2, len2);
      if (inPause) {
        paused++;
      } else {
        counted++;
      }
    }
    assertThat(d.due()).isEqualTo(day);
    assertThat(d.pausedWorkdays()).isEqualTo(paused);
  }

  private static boolean inside(LocalDate day, LocalDate after, int length) {
    return day.isAfter(after) && !day.isAfter(after.plusDays(length));
  }
}
