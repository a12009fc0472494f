package org.gongkai.server.annualreport;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Workspaces, cell overrides and imported earlier reports, always by agency and year. */
@Repository
class WorkspaceRepository {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private final JdbcClient jdbc;

  WorkspaceRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<Workspace> find(long agencyId, int year) {
    return jdbc.sql("SELECT * FROM annual_report_workspace WHERE agency_id = :a AND report_year = :y")
        .param("a", agencyId).param("y", year).query((rs, n) -> workspace(rs)).optional();
  }

  List<Workspace> ofAgency(long agencyId) {
    return jdbc.sql("SELECT * FROM annual_report_workspace WHERE agency_id = :a ORDER BY report_year DESC")
        .param("a", agencyId).query((rs, n) -> workspace(rs)).list();
  }

  void save(Workspace w, Instant now) {
    int updated = jdbc.sql("UPDATE annual_report_workspace SET status = :s, narrative_json = :n, base_json = :b, "
            + "approved_json = :j, submitted_by = :sb, approved_by = :ab, updated_at = :t "
            + "WHERE agency_id = :a AND report_year = :y")
        .params(params(w, now)).update();
    if (updated == 0) {
      jdbc.sql("INSERT INTO annual_report_workspace (agency_id, report_year, status, narrative_json, base_json, "
              + "approved_json, submitted_by, approved_by, updated_at) VALUES (:a, :y, :s, :n, :b, :j, :sb, :ab, :t)")
          .params(params(w, now)).update();
    }
  }

  private static Map<String, Object> params(Workspace w, Instant now) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("a", w.agencyId());
    p.put("y", w.year());
    p.put("s", w.status().name());
    p.put("n", JSON.writeValueAsString(w.narrative()));
    p.put("b", w.baseJson());
    p.put("j", w.approvedJson());
    p.put("sb", w.submittedBy());
    p.put("ab", w.approvedBy());
    p.put("t", OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
    return p;
  }

  private static Workspace workspace(ResultSet rs) throws SQLException {
    String n = rs.getString("narrative_json");
    Map<String, String> narrative = n == null ? Map.of()
        : JSON.readValue(n, new TypeReference<LinkedHashMap<String, String>>() {});
    return new Workspace(rs.getLong("agency_id"), rs.getInt("report_year"), Status.valueOf(rs.getString("status")),
        narrative, rs.getString("base_json"), rs.getString("approved_json"), rs.getString("submitted_by"),
        rs.getString("approved_by"));
  }

  List<CellOverride> overrides(long agencyId, int year) {
    return jdbc.sql("SELECT cell_path, cell_value, reason, created_by, created_at FROM annual_report_override "
            + "WHERE agency_id = :a AND report_year = :y ORDER BY id")
        .param("a", agencyId).param("y", year)
        .query((rs, n) -> new CellOverride(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getObject(5, OffsetDateTime.class).toInstant())).list();
  }

  void putOverride(long agencyId, int year, CellOverride o) {
    jdbc.sql("DELETE FROM annual_report_override WHERE agency_id = :a AND report_year = :y AND cell_path = :p")
        .param("a", agencyId).param("y", year).param("p", o.path()).update();
    jdbc.sql("INSERT INTO annual_report_override (agency_id, report_year, cell_path, cell_value, reason, created_by, "
            + "created_at) VALUES (:a, :y, :p, :v, :r, :b, :t)")
        .param("a", agencyId).param("y", year).param("p", o.path()).param("v", o.value()).param("r", o.reason())
        .param("b", o.createdBy()).param("t", OffsetDateTime.ofInstant(o.createdAt(), ZoneOffset.UTC)).update();
  }

  void removeOverride(long agencyId, int year, String path) {
    jdbc.sql("DELETE FROM annual_report_override WHERE agency_id = :a AND report_year = :y AND cell_path = :p")
        .param("a", agencyId).param("y", year).param("p", path).update();
  }

  /** An imported earlier report: the file it came from and the report as canonical JSON. */
  record Imported(int year, String fileName, String json, String importedBy, Instant importedAt) {}

  Optional<Imported> imported(long agencyId, int year) {
    return jdbc.sql("SELECT report_year, file_name, canonical_json, imported_by, imported_at FROM annual_report_import "
            + "WHERE agency_id = :a AND report_year = :y")
        .param("a", agencyId).param("y", year)
        .query((rs, n) -> new Imported(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getObject(5, OffsetDateTime.class).toInstant())).optional();
  }

  void putImported(long agencyId, Imported i) {
    jdbc.sql("DELETE FROM annual_report_import WHERE agency_id = :a AND report_year = :y")
        .param("a", agencyId).param("y", i.year()).update();
    jdbc.sql("INSERT INTO annual_report_import (agency_id, report_year, file_name, canonical_json, imported_by, "
            + "imported_at) VALUES (:a, :y, :f, :j, :b, :t)")
        .param("a", agencyId).param("y", i.year()).param("f", i.fileName()).param("j", i.json())
        .param("b", i.importedBy()).param("t", OffsetDateTime.ofInstant(i.importedAt(), ZoneOffset.UTC)).update();
  }
}
