package org.gongkai.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDayCalendarTest {
  private final WorkingDayCalendar calendar = WorkingDayCalendar.official();

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  @ParameterizedTest(name = "{0} + {1} → {2}")
  @CsvSource({
      // 2024 National Day. Fri 09-27 not counted; Sat 09-28 off; Sun 09-29 make-up 1; Mon 09-30 2;
      // 10-01..10-07 holiday; 10-08..10-11 3-6; Sat 10-12 make-up 7; 10-14..18 8-12; 10-21..25 13-17;
      // 10-28 18, 10-29 19, 10-30 20.
      "2024-09-27, 20, 2024-10-30",
      // 2019 Spring Festival. Wed 01-30 not counted; 01-31 1, 02-01 2; Sat 02-02 and Sun 02-03 make-up 3, 4;
      // 02-04..02-10 holiday; 02-11..15 5-9; 02-18..22 10-14; 02-25..03-01 15-19; Mon 03-04 20.
      "2019-01-30, 20, 2019-03-04",
      // 2019 National Day. Fri 09-27; Sun 09-29 make-up 1; 09-30 2; 10-01..07 off; 10-08..11 3-6;
      // Sat 10-12 make-up 7; 10-14..18 8-12; 10-21..25 13-17; 10-28 18, 10-29 19, 10-30 20.
      "2019-09-27, 20, 2019-10-30",
      // 2020 Spring Festival as extended. Fri 01-17; Sun 01-19 make-up 1; 01-20..23 2-5; 01-24..02-02 off;
      // Mon 02-03 (listed 'work', a weekday) 6; 02-04..07 7-10; 02-10..14 11-15; 02-17..21 16-20.
      "2020-01-17, 20, 2020-02-21",
      // 2023 notice reaching back into 2022. Fri 2022-12-30; 12-31..01-02 off; 01-03..06 1-4; 01-09..13 5-9;
      // 01-16..20 10-14; 01-21..27 off; Sat 01-28 and Sun 01-29 make-up 15, 16; 01-30..02-02 17-20.
      "2022-12-30, 20, 2023-02-02",
      // 2025 Spring Festival. Fri 01-24; Sun 01-26 make-up 1; Mon 01-27 2; 01-28..02-04 off; 02-05..07 3-5;
      // Sat 02-08 make-up 6; 02-10..14 7-11; 02-17..21 12-16; 02-24..27 17-20.
      "2025-01-24, 20, 2025-02-27",
      // 2026 Spring Festival. Fri 02-13; Sat 02-14 make-up 1; 02-15..23 off; 02-24..27 2-5; Sat 02-28 make-up 6;
      // 03-02..06 7-11; 03-09..13 12-16; 03-16..19 17-20.
      "2026-02-13, 20, 2026-03-19",
      // 2021 Mid-Autumn and National Day. Fri 09-17; Sat 09-18 make-up 1; 09-19..21 off; 09-22..24 2-4;
      // Sun 09-26 make-up 5; 09-27..30 6-9; 10-01..07 off; Fri 10-08 10; Sat 10-09 make-up 11; 10-11..15 12-16;
      // 10-18..21 17-20.
      "2021-09-17, 20, 2021-10-21",
      // 7 working days for a correction notice: Fri 2024-09-27; 09-29 1, 09-30 2, 10-08..11 3-6, Sat 10-12 7.
      "2024-09-27, 7, 2024-10-12",
      // Zero working days: the day itself, even a holiday.
      "2024-10-01, 0, 2024-10-01",
  })
  void addsWorkingDaysAcrossHolidaysAndMakeUpDays(String from, int n, String expected) {
    assertThat(calendar.addWorkingDays(d(from), n)).isEqualTo(d(expected));
    assertThat(calendar.workingDaysBetween(d(from), d(expected))).isEqualTo(n);
  }

  @Test
  void yearWithoutNoticeCountsWeekendsOnlyAndWarns() {
    // Fri 2026-12-25; 12-28..31 1-4; Fri 2027-01-01 (no 2027 notice, so a working day) 5; 01-04..08 6-10;
    // 01-11..15 11-15; 01-18..22 16-20.
    assertThat(calendar.addWorkingDays(d("2026-12-25"), 20)).isEqualTo(d("2027-01-22"));
    assertThat(calendar.isWorkingDay(d("2027-01-01"))).isTrue();
    assertThat(calendar.warnings(d("2026-12-25"), d("2027-01-22")))
        .containsExactly("2027年的节假日安排尚未载入，按周末计算");
    assertThat(calendar.warnings(d("2026-01-05"), d("2026-12-31"))).isEmpty();
    // Mon 2027-03-01: Tue 1, Wed 2, Thu 3, Fri 4, Mon 03-08 5.
    assertThat(calendar.addWorkingDays(d("2027-03-01"), 5)).isEqualTo(d("2027-03-08"));
    assertThat(calendar.warnings(d("2026-12-31"), d("2029-02-01")))
        .containsExactly("2027年至2029年的节假日安排尚未载入，按周末计算");
    assertThat(calendar.warnings(d("2018-06-01"), d("2019-02-01")))
        .containsExactly("2018年的节假日安排尚未载入，按周末计算");
  }

  @Test
  void coversTheNoticeYears() {
    assertThat(calendar.covers(2019)).isTrue();
    assertThat(calendar.covers(2026)).isTrue();
    // 2018-12-29 is in the file but belongs to the 2019 notice.
    assertThat(calendar.covers(2018)).isFalse();
    assertThat(calendar.covers(2027)).isFalse();
    assertThat(calendar.noticeYears()).containsExactly(2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026);
  }

  @ParameterizedTest(name = "{0} working day: {1}")
  @CsvSource({
      "2024-09-29, true",  // Sunday, make-up day
      "2024-10-01, false", // National Day
      "2024-10-05, false", // Saturday inside the holiday
      "2024-10-13, false", // ordinary Sunday
      "2024-10-14, true",  // ordinary Monday
      "2020-02-03, true",  // Monday listed as 'work'
      "2018-12-29, true",  // Saturday make-up day of the 2019 notice
      "2023-01-02, false", // Monday off under the 2023 notice
      "2027-10-01, true",  // Friday in a year without notice
  })
  void knowsEachKindOfDay(String date, boolean working) {
    assertThat(calendar.isWorkingDay(d(date))).isEqualTo(working);
  }

  @Test
  void countsBetweenExcludingTheFirstDay() {
    // Only 10-08 lies after Mon 09-30 up to 10-08: 10-01..07 are off.
    assertThat(calendar.workingDaysBetween(d("2024-09-30"), d("2024-10-08"))).isEqualTo(1);
    assertThat(calendar.workingDaysBetween(d("2024-10-08"), d("2024-09-30"))).isEqualTo(-1);
    assertThat(calendar.workingDaysBetween(d("2024-10-08"), d("2024-10-08"))).isZero();
    // Whole year 2024: 366 days, 262 weekdays (2024-01-01 Mon, 52 weeks + Mon 12-30, Tue 12-31),
    // less 19 weekday holidays (01-01, 02-12..16, 04-04, 04-05, 05-01..03, 06-10, 09-16, 09-17, 10-01..04, 10-07:
    // 1+5+2+3+1+2+5 = 19), plus 8 make-up days (02-04, 02-18, 04-07, 04-28, 05-11, 09-14, 09-29, 10-12) = 251.
    assertThat(calendar.workingDaysBetween(d("2023-12-31"), d("2024-12-31"))).isEqualTo(262 - 19 + 8);
  }

  @Test
  void explainsHolidaysAndMakeUpDaysInASpan() {
    CalendarSpan span = calendar.span(d("2024-09-27"), d("2024-10-30"));
    assertThat(span.workingDays()).isEqualTo(20);
    assertThat(span.specialDays()).hasSize(9);
    assertThat(span.explanation())
        .isEqualTo("含国庆节假期7天（2024-10-01至2024-10-07）、调休上班2天（2024-09-29、2024-10-12）");
    assertThat(span.warnings()).isEmpty();

    // The weekday 2020-02-03 listed as 'work' is not a make-up day.
    assertThat(calendar.span(d("2020-01-17"), d("2020-02-21")).explanation())
        .isEqualTo("含春节假期10天（2020-01-24至2020-02-02）、调休上班1天（2020-01-19）");
    assertThat(calendar.span(d("2024-03-01"), d("2024-03-29")).explanation()).isEqualTo("不含法定节假日和调休上班日");
    // The same holiday name in two notices is two holidays.
    assertThat(calendar.span(d("2019-12-30"), d("2021-01-04")).explanation())
        .startsWith("含元旦假期1天（2020-01-01）、春节假期10天");
  }

  @Test
  void rejectsNegativeCountsAndUnreachableDates() {
    assertThatThrownBy(() -> calendar.addWorkingDays(d("2024-01-01"), -1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("工作日数不能为负数：-1");
    assertThatThrownBy(() -> calendar.addWorkingDays(LocalDate.MAX.minusDays(3), 10))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("结果超出可计算的日期范围");
  }
}
