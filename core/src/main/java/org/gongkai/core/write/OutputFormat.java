package org.gongkai.core.write;

import java.util.Locale;

/** The forms a report can be written in, each with its file extension. */
public enum OutputFormat {
  JSON, TXT, HTML, DOCX, XLSX, PDF;

  /** The file extension without the dot, e.g. {@code docx}. */
  public String extension() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The format for a name such as {@code "docx"} (case-insensitive).
   *
   * @throws IllegalArgumentException with a Chinese message for any other name
   */
  public static OutputFormat ofName(String name) {
    if (name != null) {
      String n = name.strip().toLowerCase(Locale.ROOT);
      for (OutputFormat f : values()) {
        if (f.extension().equals(n)) {
          return f;
        }
      }
    }
    throw new IllegalArgumentException("不支持的输出格式：" + (name == null ? "（空）" : "“" + name + "”")
        + "，可选 json、txt、html、docx、xlsx、pdf");
  }
}
