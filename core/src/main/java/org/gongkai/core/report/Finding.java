package org.gongkai.core.report;

import java.util.Objects;

/**
 * One thing wrong with a report: a code from the spec's section 6, its severity, the JSON path it is about
 * ({@code requests.3.7.natural}, {@code sections.五}, {@code document}) and a Chinese message.
 */
public record Finding(String code, Severity severity, String where, String message) {
  public Finding {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(where, "where");
    Objects.requireNonNull(message, "message");
  }

  /** A finding whose severity is the one the spec gives its code. */
  public static Finding of(FindingCode code, String where, String message) {
    return new Finding(code.name(), code.severity(), where, message);
  }
}
