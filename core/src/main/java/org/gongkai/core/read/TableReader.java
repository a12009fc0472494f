package org.gongkai.core.read;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.core.report.Applicant;
import org.gongkai.core.report.Finding;
import org.gongkai.core.report.FindingCode;
import org.gongkai.core.report.ReportFormat;
import org.gongkai.core.report.RequestRow;

/**
 * Reads the three tables out of a document's lines: finds each template row by its label, takes the numbers
 * that follow it, and resolves rows whose digits ran together with the table's own arithmetic.
 */
final class TableReader {
  private static final Pattern TEXT_ROW = Pattern.compile("^(.*?[^\\d\\s,，.])[\\s:：]*((?:\\d[\\d,]*\\s*)+)$");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern DIGITS_ONLY = Pattern.compile("^[\\d\\s]+$");
  private static final Pattern UNIT = Pattern.compile("采购总金额[(（]?(?:单位[:：])?([万亿]?元)");

  enum Context { NONE, ONE, TWO, THREE }

  final ReportFormat format;
  final List<Finding> findings = new ArrayList<>();
  final Set<Integer> consumed = new HashSet<>();
  final Map<Integer, List<Integer>> imagesBySection = new LinkedHashMap<>();
  final Map<TableOne, List<Object>> tableOne = new EnumMap<>(TableOne.class);
  final Map<RequestRow, Integer[]> requests = new EnumMap<>(RequestRow.class);
  private final Map<RequestRow, List<int[]>> pending = new EnumMap<>(RequestRow.class);
  private final Map<RequestRow, String> pendingDigits = new EnumMap<>(RequestRow.class);
  final List<String> appealValues = new ArrayList<>();
  boolean appealsSeen;
  String procurementUnit;
  private Context context = Context.NONE;

  TableReader(ReportFormat format) {
    this.format = format;
  }

  void read(List<Line> lines, int[] sectionOf) {
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      int section = sectionOf[i];
      switch (line.type()) {
        case IMAGE -> imagesBySection.computeIfAbsent(section, k -> new ArrayList<>()).add(i);
        case ROW -> {
          consumed.add(i);
          observe(line.text(), section);
          for (List<String> logical : logicalRows(line.cells())) {
            rowOfCells(logical, section);
          }
        }
        case TEXT -> readTextLine(lines, i, section);
      }
    }
    solvePending();
  }

  private void observe(String text, int section) {
    if (text.length() > 200) {
      return;
    }
    String n = Labels.normalize(text);
    if (n.contains("行政复议") && !n.contains("情况") || section == 3 && context != Context.THREE && n.contains("复议")) {
      context = Context.THREE;
    } else if (n.contains("勾稽") || n.contains("申请人情况")) {
      context = Context.TWO;
    } else if (n.contains("第二十条") || n.startsWith("信息内容")) {
      context = Context.ONE;
    }
    if (procurementUnit == null) {
      Matcher m = UNIT.matcher(n);
      if (m.find()) {
        procurementUnit = m.group(1);
      }
    }
  }

  /** Splits a row's cells where a new label starts after values (a row whose end was lost runs into the next). */
  private static List<List<String>> logicalRows(List<String> cells) {
    List<List<String>> rows = new ArrayList<>();
    List<String> current = new ArrayList<>();
    boolean sawValue = false;
    for (String c : cells) {
      boolean value = Cells.isValue(c);
      if (!value && sawValue) {
        rows.add(current);
        current = new ArrayList<>();
        sawValue = false;
      }
      if (value && !Cells.isEmpty(c)) {
        sawValue = true;
      }
      current.add(c);
    }
    rows.add(current);
    return rows;
  }

  private void rowOfCells(List<String> cells, int section) {
    int lastLabel = -1;
    for (int k = 0; k < cells.size(); k++) {
      if (!Cells.isValue(cells.get(k))) {
        lastLabel = k;
      }
    }
    List<String> values = new ArrayList<>(cells.subList(lastLabel + 1, cells.size()));
    String label = lastLabel < 0 ? null : cells.get(lastLabel);
    if (label != null && values.stream().allMatch(Cells::isEmpty)) {
      Matcher m = TEXT_ROW.matcher(label.strip());
      if (m.matches() && isKnownLabel(m.group(1), section)) {
        accept(m.group(1), groups(m.group(2)), true, section);
        return;
      }
    }
    if (label == null) {
      values = withoutLeadingBlanks(values, 15);
      if (!values.isEmpty() && (context == Context.THREE || section == 3)) {
        appealsSeen = true;
        appealValues.addAll(values);
      }
      return;
    }
    if (isKnownLabel(label, section)) {
      accept(label, values, false, section);
    } else if ((context == Context.THREE || section == 3) && Labels.requestRow(label) == null
        && !withoutLeadingBlanks(values, 15).isEmpty()) {
      appealsSeen = true;
      appealValues.addAll(withoutLeadingBlanks(values, 15));
    }
  }

  /**
   * The values of a row: exactly the template's number of cells are taken by position (a blank first cell is a
   * missing number); otherwise blank cells before the first number are merged label columns and are skipped.
   */
  private static List<String> withoutLeadingBlanks(List<String> values, int n) {
    if (values.size() == n) {
      return values;
    }
    List<String> out = new ArrayList<>(values);
    while (!out.isEmpty() && Cells.isEmpty(out.get(0))) {
      out.remove(0);
    }
    return out;
  }

  private void readTextLine(List<Line> lines, int i, int section) {
    String text = lines.get(i).text().strip();
    observe(text, section);
    Matcher m = TEXT_ROW.matcher(text);
    if (endsWithDigit(text) && m.matches()) {
      String label = m.group(1);
      if (isKnownLabel(label, section)) {
        consumed.add(i);
        accept(label, groups(m.group(2)), true, section);
        return;
      }
      int prev = i - 1;
      if (prev >= 0 && lines.get(prev).type() == Line.Type.TEXT && !consumed.contains(prev)
          && lines.get(prev).text().length() < 40 && lines.get(prev).text().chars().noneMatch(Character::isDigit)) {
        String joined = lines.get(prev).text().strip() + label;
        if (isKnownLabel(joined, section)) {
          consumed.add(prev);
          consumed.add(i);
          accept(joined, groups(m.group(2)), true, section);
          return;
        }
      }
    }
    if ((context == Context.THREE || section == 3) && endsWithDigit(text) && DIGITS_ONLY.matcher(text).matches()) {
      consumed.add(i);
      appealsSeen = true;
      appealValues.addAll(groups(text));
      return;
    }
    if (section >= 1 && section <= 3 && Furniture.isFurniture(text)) {
      consumed.add(i);
    }
  }

  private static boolean endsWithDigit(String text) {
    return !text.isEmpty() && Character.isDigit(text.charAt(text.length() - 1));
  }

  private static List<String> groups(String digits) {
    List<String> out = new ArrayList<>();
    for (String g : SPACES.split(digits.strip())) {
      if (!g.isEmpty()) {
        out.add(g.replace(",", ""));
      }
    }
    return out;
  }

  private boolean isKnownLabel(String label, int section) {
    if (TableOne.of(label) != null) {
      return true;
    }
    RequestRow r = Labels.requestRow(label);
    if (r == null) {
      return false;
    }
    if (r == RequestRow.R3_7 || r == RequestRow.R3_6_3) {
      return context == Context.TWO || section == 2;
    }
    return true;
  }

  private void accept(String label, List<String> values, boolean textMode, int section) {
    TableOne one = TableOne.of(label);
    if (one != null) {
      context = Context.ONE;
      readTableOneRow(one, label, values, textMode);
      return;
    }
    RequestRow row = Labels.requestRow(label);
    if (row == RequestRow.R3_6 && format == ReportFormat.F2021 || row == RequestRow.R3_6_3 && format == ReportFormat.F2019) {
      return;
    }
    context = Context.TWO;
    values = withoutLeadingBlanks(values, 7);
    if (values.stream().allMatch(Cells::isEmpty) || requests.containsKey(row)) {
      return;
    }
    if (Labels.nonStandard(label, row)) {
      findings.add(Finding.of(FindingCode.LABEL_NONSTANDARD, "requests." + row.code(),
          "表格行名“" + label.strip().replaceAll("\\s+", "") + "”与模板“" + row.fullLabel() + "”不一致"));
    }
    String path = "requests." + row.code();
    Integer[] cells = new Integer[7];
    List<String> filled = values.stream().filter(v -> !Cells.isEmpty(v)).toList();
    if (!textMode && filled.size() == 1 && Cells.isInteger(filled.get(0))
        && Cells.clean(filled.get(0)).length() >= 7 && Cells.isEmpty(values.get(values.size() - 1)) == (values.size() > 1)) {
      values = filled;
      textMode = true;
    }
    if (textMode && values.size() < 7 && values.stream().anyMatch(v -> Cells.clean(v).length() > 1)) {
      List<int[]> c = DigitSplitter.candidates(values.stream().map(Cells::clean).toList(), 7, TableReader::rowSums);
      if (c != null && c.size() == 1) {
        requests.put(row, box(c.get(0)));
      } else {
        pending.put(row, c == null ? List.of() : c);
        pendingDigits.put(row, String.join(" ", values));
        requests.put(row, cells);
      }
      return;
    }
    positional(values, cells, path, row.fullLabel(), Applicant.values().length);
    requests.put(row, cells);
  }

  private static boolean rowSums(int[] r) {
    return r[0] + r[1] + r[2] + r[3] + r[4] + r[5] == r[6];
  }

  private static Integer[] box(int[] v) {
    Integer[] out = new Integer[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = v[i];
    }
    return out;
  }

  /** Fills cells by position: blank → null, not a number → null with CELL_INVALID, numbers beyond → CELL_EXTRA. */
  private void positional(List<String> values, Integer[] cells, String rowPath, String label, int n) {
    for (int k = 0; k < n && k < values.size(); k++) {
      String v = values.get(k);
      if (Cells.isEmpty(v)) {
        continue;
      }
      if (Cells.isInteger(v)) {
        cells[k] = Cells.integer(v);
      } else {
        findings.add(Finding.of(FindingCode.CELL_INVALID, rowPath + "." + Applicant.values()[k].key(),
            "“" + label + "”行“" + Applicant.values()[k].label() + "”列的内容“" + v.strip() + "”不是非负整数"));
      }
    }
    long extra = values.stream().skip(n).filter(v -> !Cells.isEmpty(v)).count();
    if (extra > 0) {
      findings.add(Finding.of(FindingCode.CELL_EXTRA, rowPath,
          "“" + label + "”行有 " + (n + extra) + " 个数字，模板只有 " + n + " 列，多出的 " + extra + " 个未读取"));
    }
  }

  private void readTableOneRow(TableOne one, String label, List<String> values, boolean textMode) {
    int n = one.cells(format);
    String path = one.path(format);
    values = withoutLeadingBlanks(values, n);
    if (n == 0 || values.stream().allMatch(Cells::isEmpty) || tableOne.containsKey(one)) {
      return;
    }
    if (Labels.nonStandard(label, one.officialLabel(format))) {
      findings.add(Finding.of(FindingCode.LABEL_NONSTANDARD, path,
          "表格行名“" + label.strip() + "”与模板“" + one.officialLabel(format) + "”不一致"));
    }
    List<String> cells = new ArrayList<>(values);
    if (textMode && cells.size() < n && cells.stream().anyMatch(v -> Cells.clean(v).length() > 1)) {
      List<int[]> c = DigitSplitter.candidates(cells.stream().map(Cells::clean).toList(), n, r -> true);
      if (c != null && c.size() == 1) {
        cells = new ArrayList<>();
        for (int v : c.get(0)) {
          cells.add(Integer.toString(v));
        }
      } else {
        findings.add(Finding.of(FindingCode.CELL_AMBIGUOUS, path,
            "“" + one.officialLabel(format) + "”行的数字连在一起（" + String.join(" ", values) + "），无法确定各单元格"));
        tableOne.put(one, nulls(n));
        return;
      }
    }
    List<Object> out = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      String v = k < cells.size() ? cells.get(k) : "";
      out.add(tableOneValue(one, k, v, path));
    }
    long extra = cells.stream().skip(n).filter(v -> !Cells.isEmpty(v)).count();
    if (extra > 0) {
      findings.add(Finding.of(FindingCode.CELL_EXTRA, path,
          "“" + one.officialLabel(format) + "”行多出 " + extra + " 个数字，未读取"));
    }
    tableOne.put(one, out);
  }

  private static List<Object> nulls(int n) {
    List<Object> out = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      out.add(null);
    }
    return out;
  }

  private Object tableOneValue(TableOne one, int k, String v, String path) {
    if (Cells.isEmpty(v)) {
      return null;
    }
    boolean decimal = one == TableOne.FEES && format == ReportFormat.F2021
        || one == TableOne.PROCUREMENT && k == 1;
    boolean signed = format == ReportFormat.F2019 && k == 1 && one != TableOne.PROCUREMENT
        && one != TableOne.REGULATIONS && one != TableOne.NORMATIVE;
    String c = Cells.clean(v);
    if (decimal && Cells.isDecimal(c)) {
      return c;
    }
    if (!decimal && (Cells.isInteger(c) || signed && Cells.isSigned(c))) {
      return Cells.integer(c);
    }
    String cellPath = TableOnePaths.cell(one, format, k);
    findings.add(Finding.of(FindingCode.CELL_INVALID, cellPath,
        "“" + one.officialLabel(format) + "”行的内容“" + v.strip() + "”不是" + (decimal ? "非负数" : "非负整数")));
    return null;
  }

  /** Resolves rows whose digits ran together, using every column's sums and the balance rule. */
  private void solvePending() {
    if (pending.isEmpty()) {
      return;
    }
    Map<RequestRow, Integer[]> known = new EnumMap<>(RequestRow.class);
    requests.forEach((row, cells) -> {
      if (!pending.containsKey(row)) {
        known.put(row, cells);
      }
    });
    TableSolver.Outcome outcome = TableSolver.solve(format, known, pending);
    for (RequestRow r : pending.keySet()) {
      int[] reading = outcome.read().get(r);
      if (reading != null) {
        requests.put(r, box(reading));
      } else {
        requests.put(r, new Integer[7]);
        findings.add(Finding.of(FindingCode.CELL_AMBIGUOUS, "requests." + r.code(),
            "“" + r.fullLabel() + "”行的数字连在一起（" + pendingDigits.get(r) + "），"
                + (pending.get(r).isEmpty() ? "没有一种拆分能满足本行的加总关系"
                    : outcome.consistent() ? "有多种拆分都满足表格的加总关系" : "没有一种拆分能满足表格的加总关系")
                + "，无法确定各单元格"));
      }
    }
  }
}
