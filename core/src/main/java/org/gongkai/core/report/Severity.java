package org.gongkai.core.report;

/** How serious a finding is; the JSON value is the lower-case name. */
public enum Severity {
  ERROR, WARNING, INFO;

  /** The canonical JSON value: {@code error}, {@code warning} or {@code info}. */
  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /** The severity for a JSON value. */
  public static Severity ofCode(String code) {
    return valueOf(code.toUpperCase(java.util.Locale.ROOT));
  }

  /** The Chinese word shown to users. */
  public String label() {
    return switch (this) {
      case ERROR -> "错误";
      case WARNING -> "警告";
      case INFO -> "提示";
    };
  }
}
