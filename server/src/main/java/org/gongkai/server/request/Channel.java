package org.gongkai.server.request;

/** How a request reached the agency; each channel fixes its date of receipt differently (Art. 31). */
enum Channel {
  ONLINE("网络", "双方确认之日（网上提交即时确认，为提交之日）"),
  LETTER("信函", "与申请人确认之日（应在收到当日确认）"),
  REGISTERED_MAIL("挂号信", "本机关签收之日"),
  FAX("传真", "双方确认之日"),
  IN_PERSON("当面", "提交之日"),
  EMAIL("电子邮件", "双方确认之日");

  private final String label;
  private final String receiptRule;

  Channel(String label, String receiptRule) {
    this.label = label;
    this.receiptRule = receiptRule;
  }

  public String label() {
    return label;
  }

  /** Which day counts as the date of receipt for this channel, in Chinese. */
  public String receiptRule() {
    return receiptRule;
  }
}
