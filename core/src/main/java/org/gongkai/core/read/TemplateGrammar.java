package org.gongkai.core.read;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.core.report.AnnualReport;
import org.gongkai.core.report.Appeals;
import org.gongkai.core.report.Finding;
import org.gongkai.core.report.FindingCode;
import org.gongkai.core.report.Proactive;
import org.gongkai.core.report.Proactive2019;
import org.gongkai.core.report.ReportFormat;
import org.gongkai.core.report.RequestTable;
import org.gongkai.core.report.Section;

/**
 * The one grammar every front end feeds: matches the national template's known sequence (title, preamble, six
 * sections, three tables, signature and date) against a document's blocks, tolerant to wording and layout.
 */
public final class TemplateGrammar {
  private static final Pattern YEAR_IN_TITLE = Pattern.compile("^(.*?)\\s*(20\\d{2})\\s*年");
  private static final Pattern YEAR_IN_PERIOD = Pattern.compile("(20\\d{2})\\s*年\\s*1\\s*月\\s*1\\s*日");
  private static final Pattern DATE = Pattern.compile(
      "^\\s*([0-9〇零一二三四五六七八九]{4})\\s*年\\s*([0-9一二三四五六七八九十]{1,3})\\s*月\\s*([0-9一二三四五六七八九十]{1,3})\\s*日\\s*$");
  private static final List<String> MARKERS_2019 =
      List.of("本年新制作数量", "对外公开总数量", "上一年项目数量", "其他对外管理服务事项", "政府集中采购", "采购项目数量");
  private static final List<String> MARKERS_2021 = List.of("本年制发件数", "现行有效件数", "本年处理决定数量", "逾期不补正",
      "逾期未按收费通知");
  private static final Pattern STARTS_WITH_YEAR = Pattern.compile("^\\s*(?:19|20)\\d{2}");
  private static final Pattern SENTENCE_MARK = Pattern.compile("[。；;：:，,！？]");
  private static final List<String> OLD_STATISTICS = List.of("情况统计表", "统计指标");

  private TemplateGrammar() {}

  /** Reads a report from a document's blocks; never throws on odd content. */
  public static AnnualReport read(List<Block> blocks) {
    List<Line> lines = lines(blocks);
    int[] sectionOf = new int[lines.size()];
    List<Finding> findings = new ArrayList<>();
    List<int[]> headings = sections(lines, sectionOf, findings);
    String all = String.join("\n", lines.stream().map(Line::text).toList());
    String normalized = all;

    int titleEnd = firstHeading(headings, lines.size());
    int[] footer = footer(lines, sectionOf);
    Header header = header(lines, titleEnd, footer);
    Integer year = header.year;
    ReportFormat format = detectFormat(normalized, year);

    TableReader tables = new TableReader(format);
    tables.read(lines, sectionOf);
    boolean anyTable = !tables.tableOne.isEmpty() || !tables.requests.isEmpty() || tables.appealsSeen;
    boolean templateTable = !tables.tableOne.isEmpty() || !tables.requests.isEmpty();
    boolean anyImage = !tables.imagesBySection.isEmpty();
    boolean unknown = !templateTable && containsAny(normalized, OLD_STATISTICS)
        || !anyTable && !anyImage && headings.size() < 3;

    String signature = footer[0] < 0 ? null : lines.get(footer[0]).text().strip();
    LocalDate publishedOn = footer[1] < 0 ? null : date(lines.get(footer[1]).text());
    String agency = signature != null ? signature : header.agency;
    List<Section> sections = sectionTexts(lines, sectionOf, headings, tables, footer);

    if (unknown) {
      findings.add(Finding.of(FindingCode.FORMAT_UNKNOWN, "document",
          "文档不是 2019 年或 2021 年国家模板的政府信息公开工作年度报告（例如 2019 年以前的统计表格式），无法读取表格"));
      return new AnnualReport(header.title, agency, year, null, publishedOn, header.preamble, sections, signature,
          null, null, null, null, findings);
    }
    findings.addAll(tables.findings);
    Proactive proactive = null;
    Proactive2019 proactive2019 = null;
    if (!tables.tableOne.isEmpty()) {
      if (format == ReportFormat.F2019) {
        proactive2019 = TableAssembly.proactive2019(tables);
      } else {
        proactive = TableAssembly.proactive(tables.tableOne);
      }
    } else if (pictured(tables, 1, anyTable)) {
      findings.add(notText(format == ReportFormat.F2019 ? "proactive2019" : "proactive", "主动公开政府信息情况表"));
    }
    RequestTable requests = null;
    if (!tables.requests.isEmpty()) {
      requests = TableAssembly.requestTable(tables.requests, format);
    } else if (pictured(tables, 2, anyTable)) {
      findings.add(notText("requests", "收到和处理政府信息公开申请情况表"));
    }
    Appeals appeals = null;
    if (tables.appealsSeen) {
      appeals = TableAssembly.appeals(tables, findings);
    } else if (pictured(tables, 3, anyTable)) {
      findings.add(notText("appeals", "政府信息公开行政复议、行政诉讼情况表"));
    }
    return new AnnualReport(header.title, agency, year, format, publishedOn, header.preamble, sections, signature,
        proactive, proactive2019, requests, appeals, findings);
  }

  private static Finding notText(String where, String name) {
    return Finding.of(FindingCode.TABLE_NOT_TEXT, where, name + "以图片形式发布，无法读取和核对其中的数字");
  }

  /** A table is pictured when an image stands in its section, or the document has images and no table at all. */
  private static boolean pictured(TableReader t, int section, boolean anyTable) {
    return t.imagesBySection.containsKey(section) || !anyTable && !t.imagesBySection.isEmpty();
  }

  static List<Line> lines(List<Block> blocks) {
    List<Line> lines = new ArrayList<>();
    List<String> row = null;
    for (Block b : blocks) {
      switch (b.kind()) {
        case TEXT -> {
          if (!b.text().isBlank()) {
            lines.add(Line.text(b.text()));
          }
        }
        case IMAGE -> lines.add(Line.image(b.text()));
        case ROW_START -> row = new ArrayList<>();
        case CELL -> {
          if (row == null) {
            row = new ArrayList<>();
          }
          row.add(b.text());
        }
        case ROW_END -> {
          if (row != null && row.stream().anyMatch(c -> !c.isBlank())) {
            lines.add(Line.row(row));
          }
          row = null;
        }
        case TABLE_START, TABLE_END -> {
          if (row != null && row.stream().anyMatch(c -> !c.isBlank())) {
            lines.add(Line.row(row));
          }
          row = null;
        }
      }
    }
    if (row != null && row.stream().anyMatch(c -> !c.isBlank())) {
      lines.add(Line.row(row));
    }
    return lines;
  }

  /** Marks each line with its section (-1 before the first heading) and returns the headings as {line, index}. */
  private static List<int[]> sections(List<Line> lines, int[] sectionOf, List<Finding> findings) {
    List<int[]> headings = new ArrayList<>();
    int current = -1;
    int lastHeadingLine = -2;
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      Headings.Heading h = l.type() == Line.Type.TEXT ? Headings.match(l.text()) : null;
      if (h != null) {
        if (h.index() == current && lastHeadingLine == i - 1) {
          findings.add(Finding.of(FindingCode.SECTION_ORDER, "sections." + Section.NUMBERS.get(h.index()),
              "第" + Section.NUMBERS.get(h.index()) + "部分标题“" + l.text().strip() + "”重复出现"));
          sectionOf[i] = -2;
          lastHeadingLine = i;
          continue;
        }
        headings.add(new int[] {i, h.index()});
        current = h.index();
        lastHeadingLine = i;
        sectionOf[i] = -2;
        continue;
      }
      sectionOf[i] = current;
    }
    return headings;
  }

  private static int firstHeading(List<int[]> headings, int fallback) {
    return headings.isEmpty() ? fallback : headings.get(0)[0];
  }

  private record Header(String title, String preamble, String agency, Integer year) {}

  private static Header header(List<Line> lines, int end, int[] footer) {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < end; i++) {
      if (lines.get(i).type() == Line.Type.TEXT && i != footer[0] && i != footer[1]) {
        texts.add(lines.get(i).text().strip());
      }
    }
    int[] span = titleSpan(texts);
    String title = span == null ? null : String.join("", texts.subList(span[0], span[1]));
    List<String> rest = texts.subList(span == null ? 0 : span[1], texts.size());
    String preamble = rest.isEmpty() ? null : String.join("\n", rest);
    String agency = null;
    Integer year = null;
    if (title != null) {
      Matcher m = YEAR_IN_TITLE.matcher(title);
      if (m.find()) {
        year = Integer.valueOf(m.group(2));
        String a = m.group(1).strip();
        agency = a.isEmpty() ? null : a;
      }
    }
    if (year == null && preamble != null) {
      Matcher m = YEAR_IN_PERIOD.matcher(preamble);
      if (m.find()) {
        year = Integer.valueOf(m.group(1));
      }
    }
    return new Header(title, preamble, agency, year);
  }

  /**
   * Where the title stands among the lines before the first section: the first short line naming a 报告, joined
   * with the line before it when the title was broken (an agency line above a line starting with the year, or a
   * line ending mid-title above 工作报告). Lines above the title (a portal's menu and breadcrumb) are not the report.
   */
  private static int[] titleSpan(List<String> texts) {
    for (int i = 0; i < Math.min(12, texts.size()); i++) {
      String t = texts.get(i);
      if (t.length() > 60 || !t.contains("报告") || t.endsWith("。") || t.contains("：") && !t.startsWith("#")) {
        continue;
      }
      int from = i;
      if (i > 0 && texts.get(i - 1).length() <= 30 && !texts.get(i - 1).endsWith("。")
          && (STARTS_WITH_YEAR.matcher(t).find() || !t.contains("政府信息公开"))) {
        from = i - 1;
      }
      return new int[] {from, i + 1};
    }
    if (!texts.isEmpty() && texts.get(0).length() <= 40 && !texts.get(0).endsWith("。")) {
      return new int[] {0, 1};
    }
    return null;
  }

  /** Finds the signature and date lines at the end: {signatureLine, dateLine}, -1 where absent. */
  private static int[] footer(List<Line> lines, int[] sectionOf) {
    int[] out = {-1, -1};
    for (int i = lines.size() - 1; i >= 0 && i >= lines.size() - 16; i--) {
      Line l = lines.get(i);
      if (l.type() == Line.Type.TEXT && DATE.matcher(l.text()).matches()) {
        out[1] = i;
        int s = i - 1;
        if (s >= 0 && lines.get(s).type() == Line.Type.TEXT && looksLikeSignature(lines.get(s).text())) {
          out[0] = s;
        }
        break;
      }
    }
    return out;
  }

  private static boolean looksLikeSignature(String text) {
    String s = text.strip();
    return s.length() >= 2 && s.length() <= 30 && !SENTENCE_MARK.matcher(s).find()
        && Headings.match(s) == null && !s.startsWith("（") && !s.startsWith("(");
  }

  static LocalDate date(String text) {
    Matcher m = DATE.matcher(text);
    if (!m.matches()) {
      return null;
    }
    try {
      return LocalDate.of(ChineseNumbers.digits(m.group(1)), ChineseNumbers.value(m.group(2)),
          ChineseNumbers.value(m.group(3)));
    } catch (DateTimeException | IllegalArgumentException e) {
      return null;
    }
  }

  private static boolean containsAny(String text, List<String> words) {
    for (String w : words) {
      if (text.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private static ReportFormat detectFormat(String normalized, Integer year) {
    if (containsAny(normalized, MARKERS_2019)) {
      return ReportFormat.F2019;
    }
    if (containsAny(normalized, MARKERS_2021)) {
      return ReportFormat.F2021;
    }
    return year != null && year < 2021 ? ReportFormat.F2019 : ReportFormat.F2021;
  }

  private static List<Section> sectionTexts(List<Line> lines, int[] sectionOf, List<int[]> headings,
      TableReader tables, int[] footer) {
    List<Section> out = new ArrayList<>();
    for (int h = 0; h < headings.size(); h++) {
      int start = headings.get(h)[0];
      int end = h + 1 < headings.size() ? headings.get(h + 1)[0] : lines.size();
      int index = headings.get(h)[1];
      List<String> paragraphs = new ArrayList<>();
      for (int i = start + 1; i < end; i++) {
        Line l = lines.get(i);
        if (l.type() != Line.Type.TEXT || sectionOf[i] == -2 || tables.consumed.contains(i)
            || i == footer[0] || footer[1] >= 0 && i >= footer[1]) {
          continue;
        }
        if (index >= 1 && index <= 3 && (Furniture.isFurniture(l.text()) || Furniture.isFragment(l.text()))) {
          continue;
        }
        paragraphs.add(l.text().strip());
      }
      Headings.Heading heading = Headings.match(lines.get(start).text());
      out.add(new Section(Section.NUMBERS.get(index), heading.title(), String.join("\n", paragraphs)));
    }
    return out;
  }

}
