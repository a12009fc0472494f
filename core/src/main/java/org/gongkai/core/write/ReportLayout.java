package org.gongkai.core.write;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.gongkai.core.report.AnnualReport;
import org.gongkai.core.report.FindingCode;
import org.gongkai.core.report.ReportFormat;
import org.gongkai.core.report.Section;

/**
 * The order in which every writer lays out a report: title, preamble, the sections in the report's order (each
 * with its table), any table whose section is missing, then signature and date. One order for all formats keeps
 * the outputs interchangeable.
 */
final class ReportLayout {
  /** The line that stands for a table the source gave only as a picture. */
  static final String PICTURE = "[image: 表格为图片]";

  /** The three tables, with the section they belong to and the JSON keys a finding may name them by. */
  enum TableId {
    PROACTIVE("二", "proactive", "proactive2019"),
    REQUESTS("三", "requests", "requests"),
    APPEALS("四", "appeals", "appeals");

    final String section;
    private final String key;
    private final String key2019;

    TableId(String section, String key, String key2019) {
      this.section = section;
      this.key = key;
      this.key2019 = key2019;
    }

    static TableId ofSection(String number) {
      for (TableId t : values()) {
        if (t.section.equals(number)) {
          return t;
        }
      }
      return null;
    }
  }

  /** One piece of the laid-out report. */
  sealed interface Part permits Title, Paragraph, Heading, Table, Picture, Signature, DateLine {}

  record Title(String text) implements Part {}

  /** A narrative paragraph; {@code preamble} is true before the first section. */
  record Paragraph(String text, boolean preamble) implements Part {}

  /** A section heading such as 一、总体情况. */
  record Heading(String number, String text) implements Part {}

  /** A table the report gives. */
  record Table(TableId id) implements Part {}

  /** A table the source gave only as a picture. */
  record Picture(TableId id) implements Part {}

  record Signature(String text) implements Part {}

  record DateLine(String text) implements Part {}

  private ReportLayout() {}

  static List<Part> parts(AnnualReport r) {
    List<Part> parts = new ArrayList<>();
    if (r.title() != null && !r.title().isBlank()) {
      parts.add(new Title(r.title().strip()));
    }
    paragraphs(r.preamble()).forEach(p -> parts.add(new Paragraph(p, true)));
    Set<TableId> done = EnumSet.noneOf(TableId.class);
    for (Section s : r.sections()) {
      parts.add(new Heading(s.number(), heading(s)));
      paragraphs(s.text()).forEach(p -> parts.add(new Paragraph(p, false)));
      TableId id = TableId.ofSection(s.number());
      if (id != null && done.add(id)) {
        table(r, id, parts);
      }
    }
    for (TableId id : TableId.values()) {
      if (done.add(id)) {
        table(r, id, parts);
      }
    }
    if (r.signature() != null && !r.signature().isBlank()) {
      parts.add(new Signature(r.signature().strip()));
    }
    if (r.publishedOn() != null) {
      parts.add(new DateLine(chineseDate(r.publishedOn())));
    }
    return parts;
  }

  /** A section's heading line: numeral, 、 and its title (the template's title when the report gives none). */
  static String heading(Section s) {
    String title = s.title().isBlank() ? Section.standardTitle(s.number()) : s.title().strip();
    return s.number() + "、" + (title == null ? "" : title);
  }

  /** The non-blank lines of a narrative, each trimmed. */
  static List<String> paragraphs(String text) {
    if (text == null) {
      return List.of();
    }
    return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
  }

  /** A date as the template prints it: 2024年1月22日. */
  static String chineseDate(LocalDate d) {
    return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
  }

  static boolean f2019(AnnualReport r) {
    return r.format() == ReportFormat.F2019;
  }

  /** True when the report holds data for a table. */
  static boolean present(AnnualReport r, TableId id) {
    return switch (id) {
      case PROACTIVE -> f2019(r) ? r.proactive2019() != null : r.proactive() != null;
      case REQUESTS -> r.requests() != null;
      case APPEALS -> r.appeals() != null;
    };
  }

  /** The grid of a table the report gives. */
  static Grid grid(AnnualReport r, TableId id) {
    return switch (id) {
      case PROACTIVE -> f2019(r) ? TemplateTables.proactive2019(r.proactive2019())
          : TemplateTables.proactive(r.proactive());
      case REQUESTS -> TemplateTables.requests(r.requests(), r.format());
      case APPEALS -> TemplateTables.appeals(r.appeals());
    };
  }

  private static void table(AnnualReport r, TableId id, List<Part> parts) {
    if (present(r, id)) {
      parts.add(new Table(id));
    } else if (pictured(r, id)) {
      parts.add(new Picture(id));
    }
  }

  /** True when a finding says the source gave this table only as a picture. */
  static boolean pictured(AnnualReport r, TableId id) {
    return r.findings().stream().anyMatch(f -> FindingCode.TABLE_NOT_TEXT.name().equals(f.code())
        && (names(f.where(), id.key) || names(f.where(), id.key2019)));
  }

  private static boolean names(String where, String key) {
    return where.equals(key) || where.startsWith(key + ".");
  }
}
