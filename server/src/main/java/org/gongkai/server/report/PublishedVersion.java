package org.gongkai.server.report;

import java.time.Instant;
import org.gongkai.core.report.AnnualReport;

/** One published version of a report (1 = first publication), never changed; a correction carries its note. */
public record PublishedVersion(long agencyId, int year, int version, Instant publishedAt, AnnualReport report,
    String html, String note) {}
