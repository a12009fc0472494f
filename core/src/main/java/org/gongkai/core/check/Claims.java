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
  private static final String MEASURE = "(?:件|个|项|家|宗|起|条|份|例)";
  /** A number with its measure word, not part of an ordinal (第五项), a decimal, or an approximation (15余条, 100件以上). */
  private static final Pattern NUMBER = Pattern.compile(
      "(?:(?<![\\d.])(\\d+)(?![\\d.])|(?<![第" + CN + "])([" + CN + "]+))" + MEASURE + "(?!以上|左右|多|余)");

  private static final Map<String, Topic> KEYWORDS = Map.ofEntries(
      Map.entry("新收", Topic.RECEIVED), Map.entry("收到", Topic.RECEIVED), Map.entry("接到", Topic.RECEIVED),
      Map.entry("接收", Topic.RECEIVED), Map.entry("受理", Topic.RECEIVED),
      Map.entry("办结", Topic.HANDLED), Map.entry("办理完毕", Topic.HANDLED), Map.entry("办理完成", Topic.HANDLED),
      Map.entry("办理", Topic.HANDLED), Map.entry("答复", Topic.HANDLED), Map.entry("处理", Topic.HANDLED),
      Map.entry("部分公开", Topic.PARTLY_GRANTED), Map.entry("予以公开", Topic.GRANTED),
      Map.entry("全部公开", Topic.GRANTED), Map.entry("不予公开", Topic.WITHHELD), Map.entry("无法提供", Topic.UNABLE),
      Map.entry("不予处理", Topic.NOT_PROCESSED), Map.entry("其他处理", Topic.OTHERWISE_CLOSED),
      Map.entry("行政复议", Topic.RECONSIDERATION), Map.entry("行政诉讼", Topic.LITIGATION),
      Map.entry("行政许可", Topic.LICENSING), Map.entry("行政处罚", Topic.PENALTY),
      Map.entry("行政强制", Topic.COERCION));

  /**
   * Keywords in scan order: longer and more specific forms first, so that 不予处理 is not read as 处理 and
   * 处理决定 not as a request handled. Words mapped to no topic absorb the number after them.
   */
  private static final Pattern KEYWORD = Pattern.compile(
      "(?<both>(?:予以|全部)公开(?:及|和|与|或|、|以及)部分公开)"
          + "|(?<carried>上一?年度?结转|结转上一?年度?)"
          + "|(?<forward>结转(?:至|到)?下一?年度?(?:继续办理|继续处理)?)"
          + "|(?<skip>处理决定|处理费)"
          + "|(?<none>延期答复|逾期答复|延期|逾期|补正|征求|咨询|信访|举报|投诉|诉求|问题|业务|工单|事件|不予受理|不再受理"
          + "|尚未审结|审结|维持|纠正|其他结果|人大|政协|建议|提案|办件|即办|承诺件"
          + "|办理结果|自然人|法人|企业|科研机构|社会公益组织|法律服务机构|其他组织|网上|网络|在线|信函|邮寄|当面|现场"
          + "|电话|传真|电子邮件|邮箱|来信|来电|来访|留言|热线|审批|复议后起诉|直接起诉|规范性文件|规章)"
          + "|(?<kw>不予公开|不予处理|其他处理|部分公开|予以公开|全部公开|无法提供|行政复议|行政诉讼|行政许可|行政处罚"
          + "|行政强制|办理完毕|办理完成|新收|收到|接到|接收|受理|办结|办理|答复|处理)");

  /** A figure for an earlier year or a change, which says nothing about this year's table. */
  private static final Pattern OTHER_PERIOD = Pattern.compile(
      "上一?年|去年|前一年|同比|环比|相比|较|增加|减少|增长|下降|上升|历年|累计|增幅|降幅");
  private static final Pattern CARRY_WORDS = Pattern.compile("上一?年度?结转|结转上一?年度?");
  private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})年");
  private static final Pattern GAP_BLOCK = Pattern.compile(
      "[A-Za-z%]|以上|约|近|超过|平均|人次|占|率|其中|属于|等|各|分别");
  private static final Pattern PROACTIVE_GAP_BLOCK = Pattern.compile("信息|事项|清单|目录|公示|公告|栏目|公开");
  private static final Pattern CONJUNCTION = Pattern.compile("[和及与、或以]+");
  private static final int MAX_GAP = 12;

  private static final String NUM = "(\\d+|[" + CN + "]+)" + MEASURE + "(?!以上|左右|多|余)";
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

  private static final Pattern SENTENCE_END = Pattern.compile("[。！？!?\\n]+");
  private static final Pattern CLAUSE_END = Pattern.compile("[，,；;：:]+");
  private static final Pattern SPACE = Pattern.compile("\\s+");

  private Claims() {}

  /** The figures a text states; {@code reportYear} (may be null) rules out sentences about other years. */
  static List<Claim> in(String text, Integer reportYear) {
    List<Claim> out = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return out;
    }
    String normal = Normalizer.normalize(text, Normalizer.Form.NFKC);
    for (String rawSentence : SENTENCE_END.split(normal)) {
      String sentence = SPACE.matcher(rawSentence).replaceAll("");
      if (sentence.isEmpty() || aboutOtherYear(sentence, reportYear)) {
        continue;
      }
      boolean requestContext = sentence.contains("申请");
      for (String clause : CLAUSE_END.split(sentence)) {
        if (!clause.isEmpty() && !OTHER_PERIOD.matcher(CARRY_WORDS.matcher(clause).replaceAll("")).find()) {
          scan(clause, requestContext, out);
        }
      }
    }
    return out;
  }

  private static boolean aboutOtherYear(String sentence, Integer reportYear) {
    if (reportYear == null) {
      return false;
    }
    Matcher m = YEAR.matcher(sentence);
    while (m.find()) {
      if (Integer.parseInt(m.group(1)) != reportYear) {
        return true;
      }
    }
    return false;
  }

  private record Keyword(Topic topic, int start, int end) {}

  private record Num(long value, int start, int end) {}

  private static void scan(String clause, boolean requestContext, List<Claim> out) {
    List<Keyword> keywords = keywords(clause);
    List<Num> numbers = numbers(clause);
    for (Num n : numbers) {
      attach(clause, n, keywords, numbers, requestContext, out);
    }
    normative(clause, out);
    if (numbers.isEmpty()) {
      negations(clause, out);
    }
  }

  private static List<Keyword> keywords(String clause) {
    List<Keyword> list = new ArrayList<>();
    Matcher m = KEYWORD.matcher(clause);
    while (m.find()) {
      Topic topic;
      if (m.group("both") != null) {
        topic = Topic.GRANTED_OR_PARTLY;
      } else if (m.group("carried") != null) {
        topic = Topic.CARRIED_OVER;
      } else if (m.group("forward") != null) {
        topic = Topic.CARRIED_FORWARD;
      } else if (m.group("skip") != null) {
        continue;
      } else if (m.group("none") != null) {
        topic = null;
      } else {
        topic = KEYWORDS.get(m.group("kw"));
      }
      list.add(new Keyword(topic, m.start(), m.end()));
    }
    return list;
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

  private static void attach(String clause, Num n, List<Keyword> keywords, List<Num> numbers,
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
    Keyword k = keywords.get(index);
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
