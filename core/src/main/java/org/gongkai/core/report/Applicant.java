package org.gongkai.core.report;

/** The columns of table 2: the six kinds of applicant and the total. */
public enum Applicant {
  NATURAL("natural", "自然人"),
  COMMERCIAL("commercial", "商业企业"),
  RESEARCH("research", "科研机构"),
  NONPROFIT("nonprofit", "社会公益组织"),
  LEGAL("legal", "法律服务机构"),
  OTHER("other", "其他"),
  TOTAL("total", "总计");

  private final String key;
  private final String label;

  Applicant(String key, String label) {
    this.key = key;
    this.label = label;
  }

  /** The JSON key. */
  public String key() {
    return key;
  }

  /** The template's column label. */
  public String label() {
    return label;
  }

  /** The six kinds that add up to the total, in template order. */
  public static final java.util.List<Applicant> KINDS =
      java.util.List.of(NATURAL, COMMERCIAL, RESEARCH, NONPROFIT, LEGAL, OTHER);

  /** The column for a JSON key, or {@code null}. */
  public static Applicant ofKey(String key) {
    for (Applicant a : values()) {
      if (a.key.equals(key)) {
        return a;
      }
    }
    return null;
  }
}
