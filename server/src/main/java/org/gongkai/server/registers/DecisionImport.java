package org.gongkai.server.registers;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.gongkai.server.shared.Problem;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Reads a file of monthly decision figures exported by an agency's business systems, CSV (UTF-8 or GB18030) or XLSX
 * (first sheet). The first row names the columns 月份, 类别 and 数值 (in any order, other columns ignored); each
 * further row gives one figure: 月份 as 2025-03 or 2025年3月, 类别 one of 行政许可/行政处罚/行政强制/行政事业性收费,
 * 数值 a whole number, or 万元 with at most four decimals for fees. Every doubtful row is refused with its reason.
 */
final class DecisionImport {
  static final int MAX_BYTES = 2 * 1024 * 1024;
  static final int MAX_ROWS = 2000;
  private static final CsvMapper CSV = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY)
      .enable(CsvReadFeature.SKIP_EMPTY_LINES).enable(CsvReadFeature.TRIM_SPACES).build();
  private static final Pattern MONTH =
      Pattern.compile("(\\d{4})\\s*(?:[-/.]|年)\\s*(\\d{1,2})\\s*(?:月|[-/.]\\d{1,2}日?)?");
  private static final List<String> MONTH_NAMES = List.of("月份", "月", "month");
  private static final List<String> KIND_NAMES = List.of("类别", "类型", "kind");
  private static final List<String> VALUE_NAMES = List.of("数值", "数量", "金额", "value");

  private DecisionImport() {}

  /** The preview of a file for the year; never throws on bad content. */
  static ImportPreview read(String fileName, byte[] content, int year) {
    String name = fileName == null || fileName.isBlank() ? "（未命名文件）" : fileName;
    if (content == null || content.length == 0) {
      return failed(name, year, Problem.of(null, "registers.import.file.empty"));
    }
    if (content.length > MAX_BYTES) {
      return failed(name, year, Problem.of(null, "registers.import.file.tooLarge", MAX_BYTES / 1024 / 1024));
    }
    List<Line> lines;
    try {
      lines = isZip(content) ? xlsx(content) : csv(content);
    } catch (UnreadableFile e) {
      return failed(name, year, Problem.of(null, e.key));
    }
    if (lines.isEmpty()) {
      return failed(name, year, Problem.of(null, "registers.import.file.empty"));
    }
    if (lines.size() - 1 > MAX_ROWS) {
      return failed(name, year, Problem.of(null, "registers.import.file.tooManyRows", MAX_ROWS));
    }
    Line header = lines.get(0);
    int monthCol = column(header, MONTH_NAMES);
    int kindCol = column(header, KIND_NAMES);
    int valueCol = column(header, VALUE_NAMES);
    if (monthCol < 0 || kindCol < 0 || valueCol < 0) {
      return failed(name, year, Problem.of(null, "registers.import.file.header", String.join(",", header.cells)));
    }
    List<ImportPreview.Row> rows = new ArrayList<>();
    List<ImportPreview.Rejection> rejected = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (Line line : lines.subList(1, lines.size())) {
      String content1 = String.join(",", line.cells);
      List<ImportPreview.Rejection> reasons = new ArrayList<>();
      Integer month = month(cell(line, monthCol), year, line.number, content1, reasons);
      Optional<DecisionKind> kind = DecisionKind.fromFile(cell(line, kindCol));
      if (kind.isEmpty()) {
        reasons.add(reject(line.number, content1, "registers.import.kind.unknown", cell(line, kindCol)));
      }
      BigDecimal value = null;
      if (kind.isPresent()) {
        Decimals.Parsed parsed = Decimals.parse(kind.get(), cell(line, valueCol));
        if (parsed.errorKey() != null) {
          reasons.add(reject(line.number, content1, parsed.errorKey(), cell(line, valueCol)));
        }
        value = parsed.value();
      }
      if (month != null && kind.isPresent()) {
        Integer earlier = seen.putIfAbsent(month + "/" + kind.get(), line.number);
        if (earlier != null) {
          reasons.add(reject(line.number, content1, "registers.import.duplicate", earlier));
        }
      }
      if (reasons.isEmpty()) {
        rows.add(new ImportPreview.Row(line.number, month, kind.get(), value));
      } else {
        rejected.addAll(reasons);
      }
    }
    return new ImportPreview(name, year, rows, rejected, null);
  }

  private static Integer month(String text, int year, int line, String content, List<ImportPreview.Rejection> out) {
    Matcher m = MONTH.matcher(text.strip());
    if (!m.matches()) {
      out.add(reject(line, content, "registers.import.month.format", text));
      return null;
    }
    int y = Integer.parseInt(m.group(1));
    int month = Integer.parseInt(m.group(2));
    if (month < 1 || month > 12) {
      out.add(reject(line, content, "registers.import.month.range", text));
      return null;
    }
    if (y != year) {
      out.add(reject(line, content, "registers.import.month.otherYear", text, year));
      return null;
    }
    return month;
  }

  private static ImportPreview.Rejection reject(int line, String content, String key, Object... args) {
    return new ImportPreview.Rejection(line, content, key, List.of(args));
  }

  private static ImportPreview failed(String name, int year, Problem p) {
    return new ImportPreview(name, year, List.of(), List.of(), p);
  }

  private static int column(Line header, List<String> names) {
    for (int i = 0; i < header.cells.size(); i++) {
      String h = header.cells.get(i).strip().toLowerCase(Locale.ROOT).replaceAll("[（(].*[）)]", "");
      if (names.contains(h)) {
        return i;
      }
    }
    return -1;
  }

  private static String cell(Line line, int col) {
    return col < line.cells.size() ? line.cells.get(col) : "";
  }

  private static boolean isZip(byte[] b) {
    return b.length > 3 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4;
  }

  private static List<Line> csv(byte[] content) {
    List<Line> out = new ArrayList<>();
    try (MappingIterator<List<String>> it = CSV.readerFor(List.class).with(CsvSchema.emptySchema())
        .readValues(decode(content))) {
      while (it.hasNextValue()) {
        List<String> cells = it.nextValue();
        int number = (int) it.parser().currentTokenLocation().getLineNr();
        if (cells.stream().allMatch(String::isBlank)) {
          continue;
        }
        out.add(new Line(number, cells));
        if (out.size() > MAX_ROWS + 1) {
          break;
        }
      }
    } catch (JacksonException e) {
      throw new UnreadableFile("registers.import.file.csv");
    }
    return out;
  }

  /** UTF-8 (with or without byte-order mark) when the bytes are valid UTF-8; GB18030 otherwise, as Excel saves it. */
  private static Reader decode(byte[] b) {
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
    } catch (CharacterCodingException e) {
      text = new String(b, Charset.forName("GB18030"));
    }
    return new StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text);
  }

  private static List<Line> xlsx(byte[] content) {
    List<Line> out = new ArrayList<>();
    try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(content))) {
      if (book.getNumberOfSheets() == 0) {
        return out;
      }
      Sheet sheet = book.getSheetAt(0);
      for (org.apache.poi.ss.usermodel.Row row : sheet) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
          cells.add(text(row.getCell(c)));
        }
        if (cells.stream().allMatch(String::isBlank)) {
          continue;
        }
        out.add(new Line(row.getRowNum() + 1, cells));
        if (out.size() > MAX_ROWS + 1) {
          break;
        }
      }
    } catch (IOException | RuntimeException e) {
      // POI reports damaged or foreign files with assorted runtime exceptions; all mean the same to the officer.
      throw new UnreadableFile("registers.import.file.xlsx");
    }
    return out;
  }

  private static String text(Cell cell) {
    if (cell == null) {
      return "";
    }
    CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
    return switch (type) {
      case STRING -> cell.getStringCellValue().strip();
      case NUMERIC -> {
        if (DateUtil.isCellDateFormatted(cell)) {
          LocalDateTime at = cell.getLocalDateTimeCellValue();
          yield at.getYear() + "-" + at.getMonthValue();
        }
        // Double.toString gives the shortest decimal that reads back to the stored double: 199.43 stays 199.43.
        yield Decimals.plain(BigDecimal.valueOf(cell.getNumericCellValue()));
      }
      case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
      default -> "";
    };
  }

  private record Line(int number, List<String> cells) {}

  private static final class UnreadableFile extends RuntimeException {
    private final String key;

    UnreadableFile(String key) {
      super(key);
      this.key = key;
    }
  }
}
