package org.gongkai.server.request;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The intake platform's API keys: 32 random bytes shown once in clear text, stored as their SHA-256 (a key that
 * random needs no salt or slow hash), looked up by that hash on every call.
 */
@Repository
class ApiKeys {
  private static final String PREFIX = "gk_";
  private static final String COLUMNS =
      "id, agency_id, key_hint, label, created_at, created_by, revoked_at, revoked_by, last_used_at";
  private final JdbcClient jdbc;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  ApiKeys(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** A key just created, with the clear text that is never available again. */
  record Created(ApiKey key, String clearKey) {}

  Created create(long agencyId, String label, String createdBy) {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    String clear = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    String hint = clear.substring(0, 8);
    jdbc.sql("INSERT INTO request_api_key (agency_id, key_hash, key_hint, label, created_at, created_by) "
            + "VALUES (:a, :h, :hint, :l, :t, :by)")
        .param("a", agencyId).param("h", hash(clear)).param("hint", hint).param("l", label)
        .param("t", utc(Instant.now(clock))).param("by", createdBy).update();
    ApiKey key = jdbc.sql("SELECT " + COLUMNS + " FROM request_api_key WHERE key_hash = :h").param("h", hash(clear))
        .query(ApiKeys::row).single();
    return new Created(key, clear);
  }

  /** The key with this clear text, revoked or not; empty for anything else. */
  Optional<ApiKey> byClearKey(String clear) {
    if (clear == null || clear.isBlank() || clear.length() > 200) {
      return Optional.empty();
    }
    return jdbc.sql("SELECT " + COLUMNS + " FROM request_api_key WHERE key_hash = :h").param("h", hash(clear.strip()))
        .query(ApiKeys::row).optional();
  }

  Optional<ApiKey> byId(long id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM request_api_key WHERE id = :id").param("id", id)
        .query(ApiKeys::row).optional();
  }

  /** The agency's keys, newest first. */
  List<ApiKey> of(long agencyId) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM request_api_key WHERE agency_id = :a ORDER BY id DESC")
        .param("a", agencyId).query(ApiKeys::row).list();
  }

  /** Revokes the key; false if it was revoked already. */
  boolean revoke(long id, String by) {
    return jdbc.sql("UPDATE request_api_key SET revoked_at = :t, revoked_by = :by WHERE id = :id "
            + "AND revoked_at IS NULL").param("t", utc(Instant.now(clock))).param("by", by).param("id", id)
        .update() == 1;
  }

  void used(long id) {
    jdbc.sql("UPDATE request_api_key SET last_used_at = :t WHERE id = :id").param("t", utc(Instant.now(clock)))
        .param("id", id).update();
  }

  /** SHA-256 of the key's UTF-8 bytes in lower-case hexadecimal, as stored in {@code key_hash}. */
  static String hash(String clear) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(clear.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  private static OffsetDateTime utc(Instant i) {
    return OffsetDateTime.ofInstant(i, ZoneOffset.UTC);
  }

  private static Instant instant(ResultSet rs, String col) throws SQLException {
    OffsetDateTime t = rs.getObject(col, OffsetDateTime.class);
    if (t != null) {
      return t.toInstant();
    }
    Timestamp ts = rs.getTimestamp(col);
    return ts == null ? null : ts.toInstant();
  }

  private static ApiKey row(ResultSet rs, int n) throws SQLException {
    return new ApiKey(rs.getLong("id"), rs.getLong("agency_id"), rs.getString("key_hint"), rs.getString("label"),
        instant(rs, "created_at"), rs.getString("created_by"), instant(rs, "revoked_at"), rs.getString("revoked_by"),
        instant(rs, "last_used_at"));
  }
}
