package org.gongkai.core.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Reads the calendar CSV ({@code date,kind,holiday,notice_year,notice}; {@code #} starts a comment line) and
 * rejects anything doubtful, because a wrong day silently moves every legal deadline.
 */
final class HolidayCsv {
  static final List<String> HEADER = List.of("date", "kind", "holiday", "notice_year");

  private static final CsvMapper MAPPER = CsvMapper.builder()
      .enable(CsvReadFeature.WRAP_AS_ARRAY)
      .enable(CsvReadFeature.ALLOW_COMMENTS)
      .enable(CsvReadFeature.SKIP_EMPTY_LINES)
      .enable(CsvReadFeature.TRIM_SPACES)
      .build();
  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private HolidayCsv() {}

  static List<SpecialDay> parse(Reader csv) {
    List<SpecialDay> days = new ArrayList<>();
    Map<LocalDate, Long> seenOn = new HashMap<>();
    boolean headerSeen = false;
    long line = 0;
    try (MappingIterator<List<String>> rows =
        MAPPER.readerFor(List.class).with(CsvSchema.emptySchema()).readValues(withoutByteOrderMark(csv))) {
      while (rows.hasNextValue()) {
        List<String> row = rows.nextValue();
        line = rows.parser().currentTokenLocation().getLineNr();
        if (!headerSeen) {
          checkHeader(row, line);
          headerSeen = true;
          continue;
        }
        SpecialDay day = row(row, line);
        Long earlier = seenOn.putIfAbsent(day.date(), line);
        if (earlier != null) {
          throw new CalendarDataException(line, "日期" + day.date() + "与第" + earlier + "行重复");
        }
        days.add(day);
      }
    } catch (JacksonException e) {
      long at = e.getLocation() == null ? line + 1 : e.getLocation().getLineNr();
      throw new CalendarDataException(at, "不是有效的CSV格式（请检查引号和逗号）");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!headerSeen) {
      throw new CalendarDataException(0, "文件为空，应以表头 date,kind,holiday,notice_year,notice 开始");
    }
    if (days.isEmpty()) {
      throw new CalendarDataException(0, "表头之后没有任何日期");
    }
    return days;
  }

  private static void checkHeader(List<String> row, long line) {
    List<String> names = row.stream().map(c -> c.trim().toLowerCase(Locale.ROOT)).toList();
    if (names.size() < HEADER.size() || !names.subList(0, HEADER.size()).equals(HEADER)) {
      throw new CalendarDataException(line, "表头应为 date,kind,holiday,notice_year,notice，实为“" + String.join(",", row) + "”");
    }
  }

  private static SpecialDay row(List<String> row, long line) {
    if (row.size() < HEADER.size()) {
      throw new CalendarDataException(line, "应有至少4列（date,kind,holiday,notice_year），实有" + row.size() + "列");
    }
    LocalDate date;
    try {
      date = LocalDate.parse(row.get(0));
    } catch (DateTimeParseException e) {
      throw new CalendarDataException(line, "日期“" + row.get(0) + "”无效，应为YYYY-MM-DD格式的真实日期");
    }
    DayKind kind = DayKind.fromCode(row.get(1));
    if (kind == null) {
      throw new CalendarDataException(line, "类型“" + row.get(1) + "”无效，应为off（放假）或work（上班）");
    }
    String holiday = row.get(2);
    if (holiday.isBlank()) {
      throw new CalendarDataException(line, "缺少节日名称");
    }
    int noticeYear;
    try {
      noticeYear = Integer.parseInt(row.get(3));
    } catch (NumberFormatException e) {
      throw new CalendarDataException(line, "通知年份“" + row.get(3) + "”无效，应为四位数年份");
    }
    if (Math.abs(date.getYear() - noticeYear) > 1) {
      throw new CalendarDataException(line, "日期" + date + "不在" + noticeYear + "年通知的范围内（只能是该年或相邻年份）");
    }
    return new SpecialDay(date, kind, holiday, noticeYear);
  }

  private static Reader withoutByteOrderMark(Reader csv) throws IOException {
    BufferedReader in = new BufferedReader(csv);
    in.mark(1);
    if (in.read() != BYTE_ORDER_MARK) {
      in.reset();
    }
    return in;
  }
}
