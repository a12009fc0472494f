package org.gongkai.server.report;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.gongkai.core.report.AnnualReport;
import org.gongkai.core.report.ReportJson;
import org.gongkai.server.shared.AuditEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The report module's facade: stores published reports as canonical JSON ({@link ReportJson}) and reads them back.
 * {@code html} is the published rendering when one was produced; the portal renders from the JSON otherwise.
 */
@Service
public class PublishedReportApi {
  private final JdbcClient jdbc;
  private final ApplicationEventPublisher events;

  PublishedReportApi(JdbcClient jdbc, ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.events = events;
  }

  /** Publishes (or replaces) an agency's report on a year. */
  @Transactional
  public void publish(long agencyId, int year, Instant publishedAt, AnnualReport report, String html) {
    String json = ReportJson.write(report);
    OffsetDateTime at = OffsetDateTime.ofInstant(publishedAt, ZoneOffset.UTC);
    int updated = jdbc.sql("UPDATE published_report SET published_at = :at, canonical_json = :json, html = :html "
            + "WHERE agency_id = :a AND report_year = :y")
        .param("at", at).param("json", json).param("html", html).param("a", agencyId).param("y", year).update();
    if (updated == 0) {
      jdbc.sql("INSERT INTO published_report (agency_id, report_year, published_at, canonical_json, html) "
              + "VALUES (:a, :y, :at, :json, :html)")
          .param("a", agencyId).param("y", year).param("at", at).param("json", json).param("html", html).update();
    }
    events.publishEvent(AuditEvent.of(agencyId, "report.publish", "report:" + agencyId + "/" + year, null));
  }

  /** The agency's published reports, newest year first. */
  public List<PublishedReport> ofAgency(long agencyId) {
    return jdbc.sql("SELECT agency_id, report_year, published_at, canonical_json, html FROM published_report "
            + "WHERE agency_id = :a ORDER BY report_year DESC")
        .param("a", agencyId).query((rs, n) -> row(rs)).list();
  }

  /** The agency's report on a year, if published. */
  public Optional<PublishedReport> find(long agencyId, int year) {
    return jdbc.sql("SELECT agency_id, report_year, published_at, canonical_json, html FROM published_report "
            + "WHERE agency_id = :a AND report_year = :y")
        .param("a", agencyId).param("y", year).query((rs, n) -> row(rs)).optional();
  }

  /** How many reports an agency has published. */
  public long count(long agencyId) {
    return jdbc.sql("SELECT COUNT(*) FROM published_report WHERE agency_id = :a").param("a", agencyId)
        .query(Long.class).single();
  }

  private static PublishedReport row(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new PublishedReport(rs.getLong("agency_id"), rs.getInt("report_year"),
        rs.getObject("published_at", OffsetDateTime.class).toInstant(), ReportJson.read(rs.getString("canonical_json")),
        rs.getString("html"));
  }
}
