package org.gongkai.server.request;

/** How the applicant wants to obtain the information (Art. 29 (三)). */
enum Delivery {
  POST("邮寄"),
  EMAIL("电子邮件"),
  PICK_UP("自取");

  private final String label;

  Delivery(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
