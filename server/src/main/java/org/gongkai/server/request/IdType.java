package org.gongkai.server.request;

/** The identity document an applicant gives (Art. 29 (一)). */
enum IdType {
  ID_CARD("居民身份证"),
  PASSPORT("护照"),
  HK_MACAO_TAIWAN("港澳台居民居住证或通行证"),
  CREDIT_CODE("统一社会信用代码"),
  OTHER("其他有效证件");

  private final String label;

  IdType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
