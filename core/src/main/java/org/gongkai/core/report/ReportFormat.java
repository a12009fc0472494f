package org.gongkai.core.report;

/** The national template a report follows: 国办公开办函〔2021〕30号 or the earlier 〔2019〕60号. */
public enum ReportFormat {
  F2021("2021"),
  F2019("2019");

  private final String code;

  ReportFormat(String code) {
    this.code = code;
  }

  /** The value used in canonical JSON ("2021" or "2019"). */
  public String code() {
    return code;
  }

  /** The format for a canonical JSON value, or {@code null} for an unknown one. */
  public static ReportFormat ofCode(String code) {
    for (ReportFormat f : values()) {
      if (f.code.equals(code)) {
        return f;
      }
    }
    return null;
  }
}
