package org.gongkai.core.write;

import java.nio.charset.StandardCharsets;
import org.gongkai.core.report.AnnualReport;
import org.gongkai.core.report.ReportJson;

/** Canonical JSON (spec section 5), indented, in UTF-8. */
final class JsonWriter {
  private JsonWriter() {}

  static byte[] write(AnnualReport report) {
    return ReportJson.write(report).getBytes(StandardCharsets.UTF_8);
  }
}
