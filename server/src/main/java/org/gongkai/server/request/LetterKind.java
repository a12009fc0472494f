package org.gongkai.server.request;

/** The letters (告知书) of the procedure; each agency may edit the text of each, the defaults ship with the system. */
enum LetterKind {
  REPLY_GRANTED("政府信息公开申请答复书（予以公开）", "答复"),
  REPLY_PARTLY("政府信息公开申请答复书（部分公开）", "答复"),
  REPLY_WITHHELD("政府信息公开申请答复书（不予公开）", "答复"),
  REPLY_UNABLE("政府信息公开申请答复书（无法提供）", "答复"),
  REPLY_NOT_PROCESSED("政府信息公开申请答复书（不予处理）", "答复"),
  REPLY_OTHER("政府信息公开申请处理告知书（其他处理）", "答复"),
  CORRECTION("政府信息公开申请补正告知书", "补正"),
  CONSULTATION("政府信息公开征求意见函", "征求意见"),
  EXTENSION("政府信息公开申请延期答复告知书", "延期"),
  FEE("政府信息公开信息处理费缴费通知书", "收费");

  private final String title;
  private final String shortName;

  LetterKind(String title, String shortName) {
    this.title = title;
    this.shortName = shortName;
  }

  public String title() {
    return title;
  }

  public String shortName() {
    return shortName;
  }

  /** The classpath resource holding the default text. */
  String resource() {
    return "request/letters/" + name() + ".txt";
  }
}
