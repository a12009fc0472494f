package org.gongkai.core.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Working days in mainland China, from the State Council holiday notices loaded as data.
 *
 * <p>A day is a working day if it is Monday–Friday and not an official day off, or if it is an official working
 * day (调休上班). Counting follows the project rule for periods: the day of the event is not counted, counting
 * starts the next day. A year for which no notice is loaded is counted with weekends only; {@link #warnings}
 * names such years so every result computed in them can carry a visible warning. Instances are immutable.
 */
public final class WorkingDayCalendar {
  private static final String OFFICIAL_RESOURCE = "cn-holidays.csv";

  private final NavigableMap<LocalDate, SpecialDay> days;
  private final NavigableSet<Integer> noticeYears;

  private WorkingDayCalendar(List<SpecialDay> specialDays) {
    TreeMap<LocalDate, SpecialDay> byDate = new TreeMap<>();
    TreeSet<Integer> years = new TreeSet<>();
    for (SpecialDay d : specialDays) {
      byDate.put(d.date(), d);
      years.add(d.noticeYear());
    }
    this.days = Collections.unmodifiableNavigableMap(byDate);
    this.noticeYears = Collections.unmodifiableNavigableSet(years);
  }

  /** The calendar shipped with the product (the official notices 2019–2026), read once. */
  public static WorkingDayCalendar official() {
    return Official.CALENDAR;
  }

  /**
   * A calendar from CSV text of the same shape as the bundled file; {@code csv} is read to the end and closed.
   *
   * @throws CalendarDataException with a Chinese message naming the line, for any date, kind, year or header
   *     that is not valid, or a date listed twice
   */
  public static WorkingDayCalendar load(Reader csv) {
    return new WorkingDayCalendar(HolidayCsv.parse(csv));
  }

  /**
   * This calendar with the notices in {@code csv} added. A notice year present in both is taken entirely from
   * {@code csv}, so an administrator can also correct a year by loading it again.
   *
   * @throws CalendarDataException as for {@link #load}, or when a date of the new data is already fixed by a
   *     notice for another year that is kept
   */
  public WorkingDayCalendar withYears(Reader csv) {
    List<SpecialDay> added = HolidayCsv.parse(csv);
    Set<Integer> replaced = added.stream().map(SpecialDay::noticeYear).collect(Collectors.toSet());
    List<SpecialDay> merged = new ArrayList<>();
    for (SpecialDay kept : days.values()) {
      if (!replaced.contains(kept.noticeYear())) {
        merged.add(kept);
      }
    }
    for (SpecialDay d : added) {
      for (SpecialDay kept : merged) {
        if (kept.date().equals(d.date())) {
          throw new CalendarDataException(0, "日期" + d.date() + "已由" + kept.noticeYear() + "年的通知规定，不能再由"
              + d.noticeYear() + "年的数据规定");
        }
      }
    }
    merged.addAll(added);
    return new WorkingDayCalendar(merged);
  }

  /** True when the notice for {@code year} is loaded (the {@code notice_year} column). */
  public boolean covers(int year) {
    return noticeYears.contains(year);
  }

  /** The years whose notices are loaded, ascending. */
  public NavigableSet<Integer> noticeYears() {
    return noticeYears;
  }

  /** True if {@code date} is a working day. */
  public boolean isWorkingDay(LocalDate date) {
    SpecialDay special = days.get(date);
    return special != null ? special.kind() == DayKind.WORK : !isWeekend(date);
  }

  /**
   * The date {@code n} working days after {@code from}; {@code from} itself is not counted, so the result is
   * always a working day when {@code n > 0}, and is {@code from} when {@code n == 0}.
   *
   * @throws IllegalArgumentException (Chinese message) when {@code n} is negative or the result is beyond the
   *     dates Java can represent
   */
  public LocalDate addWorkingDays(LocalDate from, int n) {
    Objects.requireNonNull(from, "from");
    if (n < 0) {
      throw new IllegalArgumentException("工作日数不能为负数：" + n);
    }
    if (n == 0) {
      return from;
    }
    try {
      // The count is monotone in the end date, so search for the first end date that reaches n.
      long low = 0;
      long high = Math.max(7, n * 2L);
      while (countAfter(from, high) < n) {
        low = high;
        high *= 2;
      }
      while (high - low > 1) {
        long mid = low + (high - low) / 2;
        if (countAfter(from, mid) >= n) {
          high = mid;
        } else {
          low = mid;
        }
      }
      return from.plusDays(high);
    } catch (DateTimeException | ArithmeticException e) {
      throw new IllegalArgumentException("结果超出可计算的日期范围");
    }
  }

  /**
   * The number of working days after {@code from} up to and including {@code to}; negative (the days after
   * {@code to} up to and including {@code from}) when {@code to} is before {@code from}.
   *
   * @throws IllegalArgumentException (Chinese message) when the count does not fit an {@code int}
   */
  public int workingDaysBetween(LocalDate from, LocalDate to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    long count = to.isBefore(from) ? -count(to, from) : count(from, to);
    if (count != (int) count) {
      throw new IllegalArgumentException("日期范围过大，无法计算工作日数");
    }
    return (int) count;
  }

  /** The official days off and working days after {@code from} up to and including {@code to}, by date. */
  public List<SpecialDay> specialDays(LocalDate from, LocalDate to) {
    if (!to.isAfter(from)) {
      return List.of();
    }
    return List.copyOf(days.subMap(from, false, to, true).values());
  }

  /**
   * A warning for each run of years, among those of the days after {@code from} up to and including
   * {@code to}, whose notice is not loaded (e.g. 2027年的节假日安排尚未载入，按周末计算). Empty when all are covered.
   */
  public List<String> warnings(LocalDate from, LocalDate to) {
    if (!to.isAfter(from)) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    int last = to.getYear();
    int year = from.plusDays(1).getYear();
    while (year <= last) {
      if (covers(year)) {
        year++;
        continue;
      }
      Integer nextCovered = noticeYears.ceiling(year);
      int gapEnd = nextCovered == null || nextCovered > last ? last : nextCovered - 1;
      String years = gapEnd == year ? year + "年" : year + "年至" + gapEnd + "年";
      out.add(years + "的节假日安排尚未载入，按周末计算");
      year = gapEnd + 1;
    }
    return List.copyOf(out);
  }

  /** Working days, special days and warnings of the days after {@code from} up to and including {@code to}. */
  public CalendarSpan span(LocalDate from, LocalDate to) {
    return new CalendarSpan(from, to, workingDaysBetween(from, to), specialDays(from, to), warnings(from, to));
  }

  static boolean isWeekend(LocalDate date) {
    DayOfWeek d = date.getDayOfWeek();
    return d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY;
  }

  private long countAfter(LocalDate from, long days) {
    return count(from, from.plusDays(days));
  }

  /** Working days in (from, to] for from ≤ to: the weekdays, less official weekday holidays, plus make-up days. */
  private long count(LocalDate from, LocalDate to) {
    long n = weekdaysUpTo(to) - weekdaysUpTo(from);
    for (SpecialDay d : days.subMap(from, false, to, true).values()) {
      boolean weekend = isWeekend(d.date());
      if (d.kind() == DayKind.OFF && !weekend) {
        n--;
      } else if (d.kind() == DayKind.WORK && weekend) {
        n++;
      }
    }
    return n;
  }

  /** Weekdays from a fixed Monday up to {@code date}; only differences of it are meaningful. */
  private static long weekdaysUpTo(LocalDate date) {
    long sinceMonday = date.toEpochDay() - 4; // 1970-01-05 was a Monday
    long weeks = Math.floorDiv(sinceMonday, 7);
    long dayOfWeek = Math.floorMod(sinceMonday, 7); // 0 = Monday … 6 = Sunday
    return weeks * 5 + Math.min(dayOfWeek + 1, 5);
  }

  private static final class Official {
    static final WorkingDayCalendar CALENDAR = read();

    private static WorkingDayCalendar read() {
      try (InputStream in = WorkingDayCalendar.class.getResourceAsStream(OFFICIAL_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("内置节假日数据缺失：" + OFFICIAL_RESOURCE);
        }
        return load(new InputStreamReader(in, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException("内置节假日数据无法读取", e);
      }
    }
  }
}
