package org.gongkai.server.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.gongkai.core.report.AnnualReport;

/** An annual report as published: the agency, the year reported on, when it went public, and its content. */
public record PublishedReport(long agencyId, int year, Instant publishedAt, AnnualReport report, String html) {
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  /** The publication day in China Standard Time. */
  public LocalDate publishedDate() {
    return publishedAt.atZone(CHINA).toLocalDate();
  }
}
