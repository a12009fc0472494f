package org.gongkai.core.check;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import org.gongkai.core.report.AnnualReport;
import org.gongkai.core.report.Applicant;
import org.gongkai.core.report.DocumentCounts;
import org.gongkai.core.report.FindingCode;
import org.gongkai.core.report.ReportFormat;
import org.gongkai.core.report.RequestRow;
import org.gongkai.core.report.Section;

/** CARRY_MISMATCH, IN_FORCE_MISMATCH and TEXT_REPEATED between one agency's reports on two consecutive years. */
final class CrossYearChecks {
  /**
   * Section 五 texts at least this alike (bigram Dice coefficient, see {@link Similarity}) are the same text with
   * cosmetic edits; a genuinely rewritten section with the same themes scores well below it.
   */
  static final double REPEATED_THRESHOLD = 0.85;

  /** Texts shorter than this (after removing punctuation and digits) are too short to call one a copy of the other. */
  static final int MIN_REPEATED_LENGTH = 20;

  private static final Pattern NAME_NOISE = Pattern.compile("[\\s\\p{P}\\p{S}]+");

  private CrossYearChecks() {}

  static void run(AnnualReport previous, AnnualReport current, Sink sink) {
    if (previous == null || current == null || previous.year() == null || current.year() == null
        || current.year() != previous.year() + 1 || !sameAgency(previous.agency(), current.agency())) {
      return;
    }
    carry(previous, current, sink);
    inForce(previous, current, sink);
    repeated(previous, current, sink);
  }

  static boolean sameAgency(String a, String b) {
    return a != null && b != null && !normal(a).isEmpty() && normal(a).equals(normal(b));
  }

  private static String normal(String name) {
    return NAME_NOISE.matcher(Normalizer.normalize(name, Normalizer.Form.NFKC)).replaceAll("").toLowerCase(Locale.ROOT);
  }

  private static void carry(AnnualReport previous, AnnualReport current, Sink sink) {
    if (previous.requests() == null || current.requests() == null) {
      return;
    }
    for (Applicant a : Applicant.values()) {
      Integer carried = SumChecks.usable(current.requests().cell(RequestRow.R2, a));
      Integer forward = SumChecks.usable(previous.requests().cell(RequestRow.R4, a));
      if (carried != null && forward != null && !carried.equals(forward)) {
        String where = "requests.2." + a.key();
        sink.add(FindingCode.CARRY_MISMATCH, where, Where.describe(where) + "为" + carried + "，但" + previous.year()
            + "年报告“四、结转下年度继续办理”行" + Where.column(a) + "列为" + forward);
      }
    }
  }

  private static void inForce(AnnualReport previous, AnnualReport current, Sink sink) {
    if (previous.format() != ReportFormat.F2021 || current.format() != ReportFormat.F2021
        || previous.proactive() == null || current.proactive() == null) {
      return;
    }
    inForce("regulations", previous.proactive().regulations(), current.proactive().regulations(),
        previous.year(), sink);
    inForce("normativeDocuments", previous.proactive().normativeDocuments(),
        current.proactive().normativeDocuments(), previous.year(), sink);
  }

  private static void inForce(String key, DocumentCounts before, DocumentCounts now, int previousYear, Sink sink) {
    Integer was = SumChecks.usable(before.inForce());
    Integer issued = SumChecks.usable(now.issued());
    Integer repealed = SumChecks.usable(now.repealed());
    Integer is = SumChecks.usable(now.inForce());
    if (was == null || issued == null || repealed == null || is == null) {
      return;
    }
    long expected = (long) was + issued - repealed;
    if (expected != is) {
      String where = "proactive." + key + ".inForce";
      sink.add(FindingCode.IN_FORCE_MISMATCH, where, Where.describe(where) + "为" + is + "，但" + previousYear
          + "年报告的现行有效件数" + was + "加本年制发" + issued + "减本年废止" + repealed + "应为" + expected);
    }
  }

  private static void repeated(AnnualReport previous, AnnualReport current, Sink sink) {
    Section before = previous.section("五");
    Section now = current.section("五");
    if (before == null || now == null || Similarity.core(before.text()).length() < MIN_REPEATED_LENGTH
        || Similarity.core(now.text()).length() < MIN_REPEATED_LENGTH) {
      return;
    }
    double s = Similarity.of(before.text(), now.text());
    if (s >= REPEATED_THRESHOLD) {
      sink.add(FindingCode.TEXT_REPEATED, "sections.五", Where.describe("sections.五") + "与" + previous.year()
          + "年报告的同一部分内容雷同（相似度" + Math.round(s * 100) + "%）");
    }
  }
}
