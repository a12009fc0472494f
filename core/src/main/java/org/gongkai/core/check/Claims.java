package org.gongkai.core.check;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the figures a narrative states about what the tables count: a number with a measure word (件, 个, 项, 家,
 * 宗, 起, 条, 份, 例) directly after a keyword in the same clause, or a negation (未收到…行政复议). Anything that
 * could be a figure about something else (a change from last year, another year, publications, channels, kinds of
 * applicant, an approximate figure, a joint figure of two keywords) is left alone: a warning must be certain.
 */
final class Claims {
  /** A figure the narrative states, with the words that state it. */
  record Claim(Topic topic, long value, String quote) {}

  private static final String CN = Numerals.CHINESE_DIGITS;
  private static final String MEASURE_CHARS = "件个项家宗起条份例";
  private static final String MEASURE = "[" + MEASURE_CHARS + "]";
  /** What may follow a measure word when the number is not a count of things: 100件以上, 15个工作日, 2个月. */
  private static final String NOT_A_COUNT = "(?!以上|左右|多|余|工作日|自然日|月|小时|百分点)";
  /** A number with its measure word, not part of an ordinal (第五项), a decimal, or an approximation (15余条, 100件以上). */
  private static final Pattern NUMBER = Pattern.compile(
      "(?:(?<![\\d.])(\\d+)(?![\\d.])|(?<![第" + CN + "])([" + CN + "]+))" + MEASURE + NOT_A_COUNT);

  /** A figure for an earlier year or a change, which says nothing about this year's table. */
  private static final List<String> OTHER_PERIOD = List.of("上年", "上一年", "去年", "前一年", "同比", "环比", "相比", "较",
      "增加", "减少", "增长", "下降", "上升", "历年", "累计", "增幅", "降幅");
  private static final Pattern CARRY_WORDS = Pattern.compile("上一?年度?结转|结转上一?年度?");
  private static final Pattern GAP_BLOCK = Pattern.compile(
      "[A-Za-z%]|以上|约|近|超过|平均|人次|占|率|其中|属于|等|各|分别");
  private static final Pattern PROACTIVE_GAP_BLOCK = Pattern.compile("信息|事项|清单|目录|公示|公告|栏目|公开");
  private static final Pattern CONJUNCTION = Pattern.compile("[和及与、或以]+");
  private static final int MAX_GAP = 12;

  private static final String NUM = "(\\d+|[" + CN + "]+)" + MEASURE + NOT_A_COUNT;
  private static final String NORM = "(?:行政)?规范性文件";
  private static final List<Map.Entry<Topic, Pattern>> NORMATIVE = List.of(
      Map.entry(Topic.NORMATIVE_ISSUED, Pattern.compile("(?:制发|印发|出台|制定|发布)了?" + NORM + "(?:共计|共)?" + NUM)),
      Map.entry(Topic.NORMATIVE_ISSUED, Pattern.compile("(?:制发|印发|出台|制定|发布)了?(?:共计|共)?" + NUM + NORM)),
      Map.entry(Topic.NORMATIVE_REPEALED, Pattern.compile("废止了?" + NORM + "(?:共计|共)?" + NUM)),
      Map.entry(Topic.NORMATIVE_REPEALED, Pattern.compile("废止了?(?:共计|共)?" + NUM + NORM)),
      Map.entry(Topic.NORMATIVE_IN_FORCE, Pattern.compile("现行有效的?" + NORM + "(?:共计|共|为)?" + NUM)),
      Map.entry(Topic.NORMATIVE_IN_FORCE, Pattern.compile(NORM + "现行有效的?(?:共计|共|为)?" + NUM)),
      Map.entry(Topic.NORMATIVE_IN_FORCE, Pattern.compile("现行有效(?:共计|共)?" + NUM + NORM)));

  /** 未收到…行政复议, 没有发生…行政诉讼, 无…行政复议: the narrative states a count of zero. */
  private static final Pattern NEGATION = Pattern.compile("(?<!尚)未(?!来)|没有|无(?!法|论)");
  private static final Pattern APPEAL_WORD = Pattern.compile("行政复议|行政诉讼");
  private static final Pattern NO_REQUESTS = Pattern.compile(
      "(?:未|没有)(?:收到|接到|受理)(?:任何)?(?:政府信息公开|信息公开|依申请公开)?的?申请");
  private static final int MAX_NEGATION_REACH = 25;

  private static final String SENTENCE_ENDS = "。！？!?\n";
  private static final String CLAUSE_ENDS = "，,；;：:";

  private Claims() {}

  /** The figures a text states; {@code reportYear} (may be null) rules out sentences about other years. */
  static List<Claim> in(String text, Integer reportYear) {
    List<Claim> out = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return out;
    }
    // Hand-written splitting: regular expressions over every character were most of the check's time.
    String normal = Normalizer.normalize(text, Normalizer.Form.NFKC);
    StringBuilder sentence = new StringBuilder();
    for (int i = 0; i <= normal.length(); i++) {
      char c = i < normal.length() ? normal.charAt(i) : '\n';
      if (SENTENCE_ENDS.indexOf(c) >= 0) {
        if (sentence.length() > 0) {
          sentence(sentence.toString(), reportYear, out);
          sentence.setLength(0);
        }
      } else if (!Character.isWhitespace(c)) {
        sentence.append(c);
      }
    }
    return out;
  }

  private static void sentence(String sentence, Integer reportYear, List<Claim> out) {
    if (!mayStateFigure(sentence) || aboutOtherYear(sentence, reportYear)) {
      return;
    }
    boolean requestContext = sentence.contains("申请");
    int start = 0;
    for (int i = 0; i <= sentence.length(); i++) {
      if (i == sentence.length() || CLAUSE_ENDS.indexOf(sentence.charAt(i)) >= 0) {
        String clause = sentence.substring(start, i);
        if (mayStateFigure(clause) && !aboutOtherPeriod(clause)) {
          scan(clause, requestContext, out);
        }
        start = i + 1;
      }
    }
  }

  /** Whether a clause states a change or a figure of an earlier or longer period (a carry-over word aside). */
  private static boolean aboutOtherPeriod(String clause) {
    String rest = clause.contains("结转") ? CARRY_WORDS.matcher(clause).replaceAll("") : clause;
    for (String w : OTHER_PERIOD) {
      if (rest.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the sentence names a year (19xx年, 20xx年) other than the report's. */
  private static boolean aboutOtherYear(String sentence, Integer reportYear) {
    if (reportYear == null) {
      return false;
    }
    for (int i = sentence.indexOf('年'); i >= 4; i = sentence.indexOf('年', i + 1)) {
      int year = 0;
      boolean digits = true;
      for (int k = i - 4; k < i; k++) {
        char c = sentence.charAt(k);
        digits &= c >= '0' && c <= '9';
        year = year * 10 + (c - '0');
      }
      boolean longer = i >= 5 && Character.isDigit(sentence.charAt(i - 5));
      if (digits && !longer && year >= 1900 && year < 2100 && year != reportYear) {
        return true;
      }
    }
    return false;
  }

  private record Num(long value, int start, int end) {}

  /**
   * A cheap test, run before any pattern, that a clause has a number with a measure word or a negation that could
   * state a zero; most clauses have neither, and skipping them keeps the check at thousands of reports a second.
   */
  private static boolean mayStateFigure(String clause) {
    for (int i = 1; i < clause.length(); i++) {
      char c = clause.charAt(i);
      if (MEASURE_CHARS.indexOf(c) >= 0) {
        char before = clause.charAt(i - 1);
        if ((before >= '0' && before <= '9') || CN.indexOf(before) >= 0) {
          return true;
        }
      }
    }
    return clause.contains("行政复议") || clause.contains("行政诉讼")
        || (clause.contains("申请") && (clause.contains("未") || clause.contains("没有")));
  }

  private static void scan(String clause, boolean requestContext, List<Claim> out) {
    List<Num> numbers = numbers(clause);
    if (numbers.isEmpty()) {
      negations(clause, out);
      return;
    }
    List<Keywords.Hit> keywords = Keywords.in(clause);
    for (Num n : numbers) {
      attach(clause, n, keywords, numbers, requestContext, out);
    }
    if (clause.contains("规范性文件")) {
      normative(clause, out);
    }
  }

  private static List<Num> numbers(String clause) {
    List<Num> list = new ArrayList<>();
    Matcher m = NUMBER.matcher(clause);
    while (m.find()) {
      long v = Numerals.value(m.group(1) != null ? m.group(1) : m.group(2));
      if (v >= 0) {
        list.add(new Num(v, m.start(), m.end()));
      }
    }
    return list;
  }

  private static void attach(String clause, Num n, List<Keywords.Hit> keywords, List<Num> numbers,
      boolean requestContext, List<Claim> out) {
    int index = -1;
    for (int i = 0; i < keywords.size(); i++) {
      if (keywords.get(i).end() <= n.start()) {
        index = i;
      }
    }
    if (index < 0) {
      return;
    }
    Keywords.Hit k = keywords.get(index);
    if (k.topic() == null || n.start() - k.end() > MAX_GAP) {
      return;
    }
    for (Num other : numbers) {
      if (other.start() >= k.end() && other.end() <= n.start()) {
        return;
      }
    }
    String gap = clause.substring(k.end(), n.start());
    if (GAP_BLOCK.matcher(gap).find() || (k.topic().proactive() && PROACTIVE_GAP_BLOCK.matcher(gap).find())) {
      return;
    }
    if (k.topic().needsRequestContext() && !requestContext) {
      return;
    }
    if (index > 0) {
      String between = clause.substring(keywords.get(index - 1).end(), k.start());
      if (CONJUNCTION.matcher(between).matches()) {
        return;
      }
    }
    out.add(new Claim(k.topic(), n.value(), clause.substring(k.start(), n.end())));
  }

  private static void normative(String clause, List<Claim> out) {
    for (Map.Entry<Topic, Pattern> e : NORMATIVE) {
      Matcher m = e.getValue().matcher(clause);
      while (m.find()) {
        long v = Numerals.value(m.group(1));
        if (v >= 0) {
          out.add(new Claim(e.getKey(), v, m.group()));
        }
      }
    }
  }

  private static void negations(String clause, List<Claim> out) {
    Matcher none = NO_REQUESTS.matcher(clause);
    if (none.find()) {
      out.add(new Claim(Topic.RECEIVED, 0, none.group()));
    }
    Matcher neg = NEGATION.matcher(clause);
    if (!neg.find()) {
      return;
    }
    Matcher appeal = APPEAL_WORD.matcher(clause);
    while (appeal.find()) {
      if (appeal.start() >= neg.end() && appeal.start() - neg.end() <= MAX_NEGATION_REACH) {
        Topic t = appeal.group().equals("行政复议") ? Topic.RECONSIDERATION : Topic.LITIGATION;
        out.add(new Claim(t, 0, clause.substring(neg.start(), appeal.end())));
      }
    }
  }
}
