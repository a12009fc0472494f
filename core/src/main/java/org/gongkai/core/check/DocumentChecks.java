package org.gongkai.core.check;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.gongkai.core.report.AnnualReport;
import org.gongkai.core.report.FindingCode;
import org.gongkai.core.report.Section;

/** SECTION_MISSING, SECTION_ORDER, SECTION_EMPTY and LATE_PUBLICATION. */
final class DocumentChecks {
  /**
   * Section 五 needs at least this many letters or digits once filler is removed ("无", "暂无", the section's own
   * title, "我局" …); below it the text says nothing of substance. The shortest real statement of a problem and
   * its remedy ("信息更新不够及时，将加强培训") is longer.
   */
  static final int MIN_SUBSTANCE = 12;

  private static final Pattern FILLER = Pattern.compile(
      "存在的主要问题及改进情况|存在的主要问题|主要问题|改进情况|存在问题|需要报告的|暂无|没有|无|"
          + "本单位|本机关|我单位|我局|我委|我办|本局|本委|本年度|本年|今年|情况|事项|其他");

  private DocumentChecks() {}

  static void sections(AnnualReport r, Reading reading, Sink sink) {
    Map<String, Integer> count = new HashMap<>();
    List<String> firstSeen = new ArrayList<>();
    for (Section s : r.sections()) {
      if (Section.NUMBERS.contains(s.number()) && count.merge(s.number(), 1, Integer::sum) == 1) {
        firstSeen.add(s.number());
      }
    }
    for (String n : Section.NUMBERS) {
      if (!count.containsKey(n)) {
        sink.add(FindingCode.SECTION_MISSING, "sections." + n, "缺少" + Where.describe("sections." + n));
      }
    }
    for (String n : Section.NUMBERS) {
      int times = count.getOrDefault(n, 0);
      String where = "sections." + n;
      if (times > 1 && !reading.has(FindingCode.SECTION_ORDER, where)) {
        sink.add(FindingCode.SECTION_ORDER, where, Where.describe(where) + "重复出现" + times + "次");
      }
    }
    String highest = null;
    for (String n : firstSeen) {
      String where = "sections." + n;
      if (highest != null && Section.NUMBERS.indexOf(n) < Section.NUMBERS.indexOf(highest)) {
        if (!reading.has(FindingCode.SECTION_ORDER, where)) {
          sink.add(FindingCode.SECTION_ORDER, where,
              Where.describe(where) + "出现在第" + highest + "部分之后，顺序与模板不符");
        }
      } else {
        highest = n;
      }
    }
    for (String n : List.of("一", "五", "六")) {
      Section s = r.section(n);
      if (s == null) {
        continue;
      }
      String where = "sections." + n;
      if (s.text().isBlank()) {
        sink.add(FindingCode.SECTION_EMPTY, where, Where.describe(where) + "没有内容");
      } else if (n.equals("五") && substance(s.text()) < MIN_SUBSTANCE) {
        sink.add(FindingCode.SECTION_EMPTY, where,
            Where.describe(where) + "没有实质内容（“" + shorten(s.text().strip()) + "”）");
      }
    }
  }

  /** The number of letters and digits left once filler words are removed. */
  static int substance(String text) {
    String rest = FILLER.matcher(text).replaceAll("");
    return (int) rest.codePoints().filter(Character::isLetterOrDigit).count();
  }

  static void publication(AnnualReport r, AgencyKind kind, Sink sink) {
    LocalDate published = r.publishedOn();
    if (published == null || r.year() == null) {
      return;
    }
    LocalDate deadline = kind.deadline(r.year());
    if (published.isAfter(deadline)) {
      String who = kind == AgencyKind.GOVERNMENT ? "人民政府" : "政府部门";
      sink.add(FindingCode.LATE_PUBLICATION, "document", "报告落款日期" + chinese(published) + "晚于法定期限"
          + chinese(deadline) + "（" + who + "应于次年" + deadline.getMonthValue() + "月" + deadline.getDayOfMonth()
          + "日前公布上一年度报告）");
    }
  }

  static String chinese(LocalDate d) {
    return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
  }

  private static String shorten(String s) {
    return s.length() <= 20 ? s : s.substring(0, 20) + "……";
  }
}
