package org.gongkai.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CalendarLoadingTest {
  private static final String HEADER = "date,kind,holiday,notice_year,notice\n";

  private static WorkingDayCalendar load(String csv) {
    return WorkingDayCalendar.load(new StringReader(csv));
  }

  @Test
  void officialDataHasEveryNoticeYearAndMakeUpDaysOnWeekends() {
    WorkingDayCalendar official = WorkingDayCalendar.official();
    assertThat(official).isSameAs(WorkingDayCalendar.official());
    // 2019 notice: 元旦 2018-12-30..2019-01-01 off, 2018-12-29 work.
    assertThat(official.specialDays(LocalDate.parse("2018-12-28"), LocalDate.parse("2019-01-01")))
        .extracting(SpecialDay::kind)
        .containsExactly(DayKind.WORK, DayKind.OFF, DayKind.OFF, DayKind.OFF);
  }

  @Test
  void loadsCommentsQuotesAndByteOrderMark() {
    WorkingDayCalendar c = load("\uFEFF# a comment\n" + HEADER
        + "2027-01-01,off,元旦,2027,\n\n"
        + "2027-02-06,off,\"春节,测试\",2027,https://example.org/n\n"
        + "2027-02-20,work,春节,2027\n");
    assertThat(c.covers(2027)).isTrue();
    assertThat(c.isWorkingDay(LocalDate.parse("2027-01-01"))).isFalse();
    assertThat(c.isWorkingDay(LocalDate.parse("2027-02-20"))).isTrue();
    assertThat(c.specialDays(LocalDate.parse("2027-02-01"), LocalDate.parse("2027-02-10")))
        .extracting(SpecialDay::holiday).containsExactly("春节,测试");
  }

  @Test
  void namesTheLineOfABadDate() {
    assertThatThrownBy(() -> load("# c\n" + HEADER + "2027-01-01,off,元旦,2027\n2027-02-30,off,春节,2027\n"))
        .isInstanceOf(CalendarDataException.class)
        .hasMessage("节假日数据第4行：日期“2027-02-30”无效，应为YYYY-MM-DD格式的真实日期")
        .extracting(e -> ((CalendarDataException) e).line()).isEqualTo(4L);
  }

  @Test
  void namesTheLineOfABadKind() {
    assertThatThrownBy(() -> load(HEADER + "2027-01-01,holiday,元旦,2027\n"))
        .hasMessage("节假日数据第2行：类型“holiday”无效，应为off（放假）或work（上班）");
  }

  @Test
  void rejectsOtherFaults() {
    assertThatThrownBy(() -> load(HEADER + "2027-01-01,off,元旦,2027\n2027-01-01,work,元旦,2027\n"))
        .hasMessage("节假日数据第3行：日期2027-01-01与第2行重复");
    assertThatThrownBy(() -> load(HEADER + "2027-01-01,off,元旦,二〇二七\n"))
        .hasMessage("节假日数据第2行：通知年份“二〇二七”无效，应为四位数年份");
    assertThatThrownBy(() -> load(HEADER + "2025-01-01,off,元旦,2027\n"))
        .hasMessage("节假日数据第2行：日期2025-01-01不在2027年通知的范围内（只能是该年或相邻年份）");
    assertThatThrownBy(() -> load(HEADER + "2027-01-01,off\n"))
        .hasMessage("节假日数据第2行：应有至少4列（date,kind,holiday,notice_year），实有2列");
    assertThatThrownBy(() -> load(HEADER + "2027-01-01,off, ,2027\n")).hasMessage("节假日数据第2行：缺少节日名称");
    assertThatThrownBy(() -> load("日期,类型\n2027-01-01,off,元旦,2027\n"))
        .hasMessage("节假日数据第1行：表头应为 date,kind,holiday,notice_year,notice，实为“日期,类型”");
    assertThatThrownBy(() -> load("# only a comment\n"))
        .hasMessage("节假日数据：文件为空，应以表头 date,kind,holiday,notice_year,notice 开始");
    assertThatThrownBy(() -> load(HEADER)).hasMessage("节假日数据：表头之后没有任何日期");
  }

  @Test
  void addsFurtherYearsToTheOfficialCalendar() {
    WorkingDayCalendar c = WorkingDayCalendar.official()
        .withYears(new StringReader(HEADER + "2027-01-01,off,元旦,2027\n2027-01-02,off,元旦,2027\n"));
    assertThat(c.covers(2026)).isTrue();
    assertThat(c.covers(2027)).isTrue();
    // Thu 2026-12-31; Fri 2027-01-01 off; Sat 01-02 off; Sun 01-03; Mon 01-04 the first working day.
    assertThat(c.addWorkingDays(LocalDate.parse("2026-12-31"), 1)).isEqualTo(LocalDate.parse("2027-01-04"));
    assertThat(c.warnings(LocalDate.parse("2026-12-31"), LocalDate.parse("2027-01-04"))).isEmpty();
    // The official calendar itself is unchanged.
    assertThat(WorkingDayCalendar.official().covers(2027)).isFalse();
  }

  @Test
  void aReloadedNoticeYearReplacesTheOldOne() {
    WorkingDayCalendar c = WorkingDayCalendar.official()
        .withYears(new StringReader(HEADER + "2024-10-01,off,国庆节,2024\n"));
    assertThat(c.isWorkingDay(LocalDate.parse("2024-10-02"))).isTrue();
    assertThat(c.isWorkingDay(LocalDate.parse("2024-09-29"))).isFalse();
    assertThat(c.isWorkingDay(LocalDate.parse("2025-10-02"))).isFalse();
  }

  @Test
  void aDateFixedByAKeptNoticeCannotBeFixedAgain() {
    assertThatThrownBy(() -> WorkingDayCalendar.official()
        .withYears(new StringReader(HEADER + "2026-10-01,off,国庆节,2027\n")))
        .isInstanceOf(CalendarDataException.class)
        .hasMessage("节假日数据：日期2026-10-01已由2026年的通知规定，不能再由2027年的数据规定");
  }
}
