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

  /**
   * Publishes a new version of an agency's report on a year: the version is stored for good, and the portal shows it
   * from now on. Returns its number (1 for the first publication); {@code note} says what a correction changed.
   */
  @Transactional
  public int publishVersion(long agencyId, int year, Instant publishedAt, AnnualReport report, String html,
      String note) {
    int version = jdbc.sql("SELECT COALESCE(MAX(version), 0) FROM published_report_version "
            + "WHERE agency_id = :a AND report_year = :y")
        .param("a", agencyId).param("y", year).query(Integer.class).single() + 1;
    jdbc.sql("INSERT INTO published_report_version (agency_id, report_year, version, published_at, canonical_json, "
            + "html, note) VALUES (:a, :y, :v, :at, :json, :html, :note)")
        .param("a", agencyId).param("y", year).param("v", version)
        .param("at", OffsetDateTime.ofInstant(publishedAt, ZoneOffset.UTC)).param("json", ReportJson.write(report))
        .param("html", html).param("note", note).update();
    // The report's publication date stays that of its first version, so a correction never makes it look late.
    Instant first = version == 1 ? publishedAt : firstPublished(agencyId, year).orElse(publishedAt);
    publish(agencyId, year, first, report, html);
    return version;
  }

  /** Every published version of an agency's report on a year, first publication first (empty for older reports). */
  public List<PublishedVersion> versions(long agencyId, int year) {
    return jdbc.sql("SELECT agency_id, report_year, version, published_at, canonical_json, html, note "
            + "FROM published_report_version WHERE agency_id = :a AND report_year = :y ORDER BY version")
        .param("a", agencyId).param("y", year)
        .query((rs, n) -> new PublishedVersion(rs.getLong(1), rs.getInt(2), rs.getInt(3),
            rs.getObject(4, OffsetDateTime.class).toInstant(), ReportJson.read(rs.getString(5)), rs.getString(6),
            rs.getString(7)))
        .list();
  }

  /** When the report on a year first went public: its first version, else the current publication. */
  public Optional<Instant> firstPublished(long agencyId, int year) {
    List<PublishedVersion> v = versions(agencyId, year);
    if (!v.isEmpty()) {
      return Optional.of(v.get(0).publishedAt());
    }
    return find(agencyId, year).map(PublishedReport::publishedAt);
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
