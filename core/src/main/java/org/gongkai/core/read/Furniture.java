package org.gongkai.core.read;

import java.util.List;

/** Recognises the template's table furniture (headers, item lines) when it comes as running text. */
final class Furniture {
  private static final List<String> WORDS = List.of(
      "主动公开政府信息情况", "收到和处理政府信息公开申请情况", "政府信息公开行政复议、行政诉讼情况",
      "政府信息公开行政复议,行政诉讼情况",
      "第二十条第(一)项", "第二十条第(五)项", "第二十条第(六)项", "第二十条第(八)项", "第二十条第(九)项",
      "信息内容", "本年制发件数", "本年废止件数", "现行有效件数", "本年处理决定数量", "本年收费金额",
      "本年新制作数量", "本年新公开数量", "对外公开总数量", "上一年项目数量", "本年增/减", "处理决定数量",
      "采购项目数量", "采购总金额", "(单位:万元)", "(单位:万元,保留4位小数)", "单位:万元", "万元",
      "(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)", "申请人情况", "自然人",
      "法人或其他组织", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计",
      "三、本年度办理结果", "本年度办理结果", "(三)不予公开", "(四)无法提供", "(五)不予处理", "(六)其他处理",
      "行政复议", "行政诉讼", "未经复议直接起诉", "复议后起诉", "结果维持", "结果纠正", "其他结果", "尚未审结");

  /** Longest first, so that 其他结果 goes before 其他 can break it. */
  private static final List<String> NORMALIZED = WORDS.stream().map(Labels::normalize)
      .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();

  private static final java.util.regex.Pattern FRAGMENT_NOISE =
      java.util.regex.Pattern.compile("[\\s\\p{Punct}、，：（）()“”]");
  private static final java.util.regex.Pattern PUNCT = java.util.regex.Pattern.compile("[\\p{Punct}、]");

  private Furniture() {}

  private static final java.util.Set<Integer> CHARS = WORDS.stream().flatMapToInt(String::codePoints).boxed()
      .collect(java.util.stream.Collectors.toSet());

  /**
   * Pieces of table headers that a page layout broke apart (结果维 / 持, 社会公 / 益组织): every Chinese character
   * comes from the template's header words and the line is no sentence (it has no 。).
   */
  static boolean isFragment(String text) {
    String n = FRAGMENT_NOISE.matcher(text).replaceAll("");
    if (n.length() < 4 || text.contains("。")) {
      return false;
    }
    return n.codePoints().allMatch(c -> CHARS.contains(c) || Character.isDigit(c));
  }

  static boolean isFurniture(String text) {
    if (text.length() > 200) {
      return false;
    }
    String n = Labels.normalize(text);
    if (n.isEmpty()) {
      return true;
    }
    for (String w : NORMALIZED) {
      n = n.replace(w, "");
    }
    return PUNCT.matcher(n).replaceAll("").isEmpty();
  }
}
