package org.gongkai.core.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The words a narrative figure is attached to, found by a first-character index and longest match first (so that
 * 不予处理 is not read as 处理, nor 处理决定 as a request handled). A word with no topic absorbs the number after
 * it (延期答复2件, 自然人申请3件); a skipped word is transparent (行政处罚处理决定21件 is still about 行政处罚).
 */
final class Keywords {
  /** A keyword found in a clause; {@code topic} is {@code null} for a word that absorbs its number. */
  record Hit(Topic topic, int start, int end) {}

  private record Word(String text, Topic topic, boolean skip) {}

  private static final Map<Character, List<Word>> BY_FIRST = new HashMap<>();

  static {
    List<Word> words = new ArrayList<>();
    for (String first : List.of("予以", "全部")) {
      for (String and : List.of("及", "和", "与", "或", "、", "以及")) {
        words.add(new Word(first + "公开" + and + "部分公开", Topic.GRANTED_OR_PARTLY, false));
      }
    }
    for (String year : List.of("上年", "上年度", "上一年", "上一年度")) {
      words.add(new Word(year + "结转", Topic.CARRIED_OVER, false));
      words.add(new Word("结转" + year, Topic.CARRIED_OVER, false));
    }
    for (String to : List.of("结转", "结转至", "结转到")) {
      for (String year : List.of("下年", "下年度", "下一年", "下一年度")) {
        for (String rest : List.of("", "继续办理", "继续处理")) {
          words.add(new Word(to + year + rest, Topic.CARRIED_FORWARD, false));
        }
      }
    }
    for (String w : List.of("处理决定", "处理费")) {
      words.add(new Word(w, null, true));
    }
    for (String w : List.of("延期答复", "逾期答复", "延期", "逾期", "补正", "征求", "咨询", "信访", "举报", "投诉", "诉求",
        "问题", "业务", "工单", "事件", "不予受理", "不再受理", "尚未审结", "审结", "维持", "纠正", "其他结果", "人大", "政协",
        "建议", "提案", "办件", "即办", "承诺件", "办理结果", "自然人", "法人", "企业", "科研机构", "社会公益组织", "法律服务机构",
        "其他组织", "网上", "网络", "在线", "信函", "邮寄", "当面", "现场", "电话", "传真", "电子邮件", "邮箱", "来信", "来电",
        "来访", "留言", "热线", "审批", "复议后起诉", "直接起诉", "规范性文件", "规章")) {
      words.add(new Word(w, null, false));
    }
    Map<String, Topic> topics = Map.ofEntries(
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
    topics.forEach((w, t) -> words.add(new Word(w, t, false)));
    for (Word w : words) {
      BY_FIRST.computeIfAbsent(w.text().charAt(0), c -> new ArrayList<>()).add(w);
    }
    BY_FIRST.values().forEach(list -> list.sort(Comparator.comparingInt((Word w) -> w.text().length()).reversed()));
  }

  private Keywords() {}

  /** The keywords of a clause, left to right, not overlapping. */
  static List<Hit> in(String clause) {
    List<Hit> hits = new ArrayList<>();
    int i = 0;
    while (i < clause.length()) {
      List<Word> candidates = BY_FIRST.get(clause.charAt(i));
      Word found = null;
      if (candidates != null) {
        for (Word w : candidates) {
          if (clause.startsWith(w.text(), i)) {
            found = w;
            break;
          }
        }
      }
      if (found == null) {
        i++;
        continue;
      }
      if (!found.skip()) {
        hits.add(new Hit(found.topic(), i, i + found.text().length()));
      }
      i += found.text().length();
    }
    return hits;
  }
}
