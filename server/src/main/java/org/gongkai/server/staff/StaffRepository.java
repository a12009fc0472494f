package org.gongkai.server.staff;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.gongkai.server.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Staff accounts in the database. */
@Repository
class StaffRepository {
  private static final String COLUMNS = "id, username, display_name, password_hash, role, agency_id, region_id, "
      + "must_change_password, failed_attempts, locked_until, active";

  private final JdbcClient jdbc;

  StaffRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<StaffUser> byUsername(String username) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM staff_user WHERE username = :u").param("u", username)
        .query(StaffRepository::row).optional();
  }

  Optional<StaffUser> byId(long id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM staff_user WHERE id = :id").param("id", id)
        .query(StaffRepository::row).optional();
  }

  List<StaffUser> all() {
    return jdbc.sql("SELECT " + COLUMNS + " FROM staff_user ORDER BY agency_id NULLS FIRST, id")
        .query(StaffRepository::row).list();
  }

  List<StaffUser> ofAgency(long agencyId) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM staff_user WHERE agency_id = :a ORDER BY id").param("a", agencyId)
        .query(StaffRepository::row).list();
  }

  long insert(String username, String displayName, String hash, Role role, Long agencyId, Long regionId,
      boolean mustChange) {
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    jdbc.sql("INSERT INTO staff_user (username, display_name, password_hash, role, agency_id, region_id, "
            + "must_change_password, failed_attempts, active, created_at, updated_at) VALUES (:u, :d, :h, :r, :a, "
            + ":g, :m, 0, TRUE, :now, :now)")
        .param("u", username).param("d", displayName).param("h", hash).param("r", role.name())
        .param("a", agencyId).param("g", regionId).param("m", mustChange).param("now", now)
        .update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }

  void update(long id, String displayName, Role role, Long agencyId, Long regionId, boolean active) {
    jdbc.sql("UPDATE staff_user SET display_name = :d, role = :r, agency_id = :a, region_id = :g, active = :act, "
            + "updated_at = :now WHERE id = :id")
        .param("d", displayName).param("r", role.name()).param("a", agencyId).param("g", regionId)
        .param("act", active).param("now", OffsetDateTime.now(ZoneOffset.UTC)).param("id", id).update();
  }

  void setPassword(long id, String hash, boolean mustChange) {
    jdbc.sql("UPDATE staff_user SET password_hash = :h, must_change_password = :m, updated_at = :now WHERE id = :id")
        .param("h", hash).param("m", mustChange).param("now", OffsetDateTime.now(ZoneOffset.UTC)).param("id", id)
        .update();
  }

  /** Counts a failed sign-in; the attempt that reaches {@code limit} locks until {@code lockUntil} and restarts the count. */
  boolean recordFailure(String username, int limit, Instant lockUntil) {
    Optional<StaffUser> user = byUsername(username);
    if (user.isEmpty()) {
      return false;
    }
    int failures = user.get().failedAttempts() + 1;
    boolean lock = failures >= limit;
    jdbc.sql("UPDATE staff_user SET failed_attempts = :f, locked_until = :l WHERE id = :id")
        .param("f", lock ? 0 : failures)
        .param("l", lock ? OffsetDateTime.ofInstant(lockUntil, ZoneOffset.UTC) : null)
        .param("id", user.get().id()).update();
    return lock;
  }

  void clearFailures(long id) {
    jdbc.sql("UPDATE staff_user SET failed_attempts = 0, locked_until = NULL WHERE id = :id").param("id", id).update();
  }

  long count(Long agencyId) {
    return agencyId == null
        ? jdbc.sql("SELECT COUNT(*) FROM staff_user WHERE active").query(Long.class).single()
        : jdbc.sql("SELECT COUNT(*) FROM staff_user WHERE active AND agency_id = :a").param("a", agencyId)
            .query(Long.class).single();
  }

  long countLocked(Long agencyId, Instant now) {
    OffsetDateTime t = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
    return agencyId == null
        ? jdbc.sql("SELECT COUNT(*) FROM staff_user WHERE locked_until > :t").param("t", t).query(Long.class).single()
        : jdbc.sql("SELECT COUNT(*) FROM staff_user WHERE locked_until > :t AND agency_id = :a").param("t", t)
            .param("a", agencyId).query(Long.class).single();
  }

  private static StaffUser row(ResultSet rs, int n) throws SQLException {
    long agency = rs.getLong("agency_id");
    Long agencyId = rs.wasNull() ? null : agency;
    long region = rs.getLong("region_id");
    Long regionId = rs.wasNull() ? null : region;
    OffsetDateTime locked = rs.getObject("locked_until", OffsetDateTime.class);
    return new StaffUser(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
        rs.getString("password_hash"), Role.valueOf(rs.getString("role")), agencyId, regionId,
        rs.getBoolean("must_change_password"), rs.getInt("failed_attempts"),
        locked == null ? null : locked.toInstant(), rs.getBoolean("active"));
  }
}
