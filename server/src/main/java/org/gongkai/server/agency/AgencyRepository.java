package org.gongkai.server.agency;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Regions and agencies in the database. */
@Repository
class AgencyRepository {
  private static final String AGENCY_COLUMNS = "id, code, full_name, short_name, kind, region_id, address, phone, "
      + "email, portal_url, office_hours, guide, active";

  private final JdbcClient jdbc;

  AgencyRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<Region> regions() {
    return jdbc.sql("SELECT id, parent_id, name, level FROM region ORDER BY id").query(AgencyRepository::region).list();
  }

  long insertRegion(Long parentId, String name, RegionLevel level) {
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql("INSERT INTO region (parent_id, name, level) VALUES (:p, :n, :l)")
        .param("p", parentId).param("n", name).param("l", level.name()).update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }

  List<Agency> agencies() {
    return jdbc.sql("SELECT " + AGENCY_COLUMNS + " FROM agency ORDER BY region_id, kind DESC, id")
        .query(AgencyRepository::agency).list();
  }

  Optional<Agency> byId(long id) {
    return jdbc.sql("SELECT " + AGENCY_COLUMNS + " FROM agency WHERE id = :id").param("id", id)
        .query(AgencyRepository::agency).optional();
  }

  Optional<Agency> byCode(String code) {
    return jdbc.sql("SELECT " + AGENCY_COLUMNS + " FROM agency WHERE code = :c").param("c", code)
        .query(AgencyRepository::agency).optional();
  }

  boolean codeTaken(String code, Long exceptId) {
    return jdbc.sql("SELECT COUNT(*) FROM agency WHERE code = :c AND id <> :id").param("c", code)
        .param("id", exceptId == null ? -1L : exceptId).query(Long.class).single() > 0;
  }

  long insert(AgencyDraft d) {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql("INSERT INTO agency (code, full_name, short_name, kind, region_id, address, phone, email, portal_url, "
            + "office_hours, guide, active, created_at, updated_at) VALUES (:code, :fullName, :shortName, :kind, "
            + ":regionId, :address, :phone, :email, :portalUrl, :officeHours, :guide, TRUE, :now, :now)")
        .params(draftParams(d)).param("now", now).update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }

  void update(long id, AgencyDraft d) {
    jdbc.sql("UPDATE agency SET code = :code, full_name = :fullName, short_name = :shortName, kind = :kind, "
            + "region_id = :regionId, address = :address, phone = :phone, email = :email, portal_url = :portalUrl, "
            + "office_hours = :officeHours, guide = :guide, updated_at = :now WHERE id = :id")
        .params(draftParams(d)).param("now", OffsetDateTime.now(ZoneOffset.UTC)).param("id", id).update();
  }

  void setActive(long id, boolean active) {
    jdbc.sql("UPDATE agency SET active = :a, updated_at = :now WHERE id = :id").param("a", active)
        .param("now", OffsetDateTime.now(ZoneOffset.UTC)).param("id", id).update();
  }

  private static java.util.Map<String, Object> draftParams(AgencyDraft d) {
    java.util.Map<String, Object> m = new java.util.HashMap<>();
    m.put("code", d.code().trim());
    m.put("fullName", d.fullName().trim());
    m.put("shortName", d.shortName().trim());
    m.put("kind", d.kind().name());
    m.put("regionId", d.regionId());
    m.put("address", blankToNull(d.address()));
    m.put("phone", blankToNull(d.phone()));
    m.put("email", blankToNull(d.email()));
    m.put("portalUrl", blankToNull(d.portalUrl()));
    m.put("officeHours", blankToNull(d.officeHours()));
    m.put("guide", blankToNull(d.guide()));
    return m;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  private static Region region(ResultSet rs, int row) throws SQLException {
    long parent = rs.getLong("parent_id");
    return new Region(rs.getLong("id"), rs.wasNull() ? null : parent, rs.getString("name"),
        RegionLevel.valueOf(rs.getString("level")));
  }

  private static Agency agency(ResultSet rs, int row) throws SQLException {
    return new Agency(rs.getLong("id"), rs.getString("code"), rs.getString("full_name"),
        rs.getString("short_name"), AgencyKind.valueOf(rs.getString("kind")), rs.getLong("region_id"),
        rs.getString("address"), rs.getString("phone"), rs.getString("email"), rs.getString("portal_url"),
        rs.getString("office_hours"), rs.getString("guide"), rs.getBoolean("active"));
  }
}
