package org.gongkai.server.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit table. Appends lock the single chain-head row so concurrent appends (also from several server
 * instances) queue up and the chain stays linear; there is no update or delete.
 */
@Repository
class AuditLog {
  static final String GENESIS = "0".repeat(64);
  private static final String COLUMNS =
      "id, created_at, actor, agency_id, action, target, detail, client_address, previous_hash, hash";

  private final JdbcClient jdbc;
  private final Clock clock;

  AuditLog(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Transactional
  AuditEntry append(String actor, Long agencyId, String action, String target, String detail, String address) {
    Head head = jdbc.sql("SELECT last_id, last_hash FROM audit_head WHERE id = 1 FOR UPDATE")
        .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2))).single();
    // Millisecond precision survives every supported database unchanged, so the hash can be recomputed.
    Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    AuditEntry draft = new AuditEntry(head.lastId + 1, at, cut(actor, 60), agencyId, cut(action, 60),
        cut(target, 100), cut(detail, 400), cut(address, 60), head.lastHash, null);
    AuditEntry entry = new AuditEntry(draft.id(), draft.at(), draft.actor(), draft.agencyId(), draft.action(),
        draft.target(), draft.detail(), draft.clientAddress(), head.lastHash, Sm3.chain(head.lastHash, draft));
    jdbc.sql("INSERT INTO audit_entry (" + COLUMNS + ") VALUES (:id, :at, :actor, :agency, :action, :target, "
            + ":detail, :address, :prev, :hash)")
        .param("id", entry.id()).param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
        .param("actor", entry.actor()).param("agency", entry.agencyId()).param("action", entry.action())
        .param("target", entry.target()).param("detail", entry.detail()).param("address", entry.clientAddress())
        .param("prev", entry.previousHash()).param("hash", entry.hash()).update();
    jdbc.sql("UPDATE audit_head SET last_id = :id, last_hash = :hash WHERE id = 1").param("id", entry.id())
        .param("hash", entry.hash()).update();
    return entry;
  }

  /** The newest entries first, of one agency or of all ({@code agencyId == null}). */
  List<AuditEntry> newest(Long agencyId, int limit, int offset) {
    String where = agencyId == null ? "" : " WHERE agency_id = :agency";
    var spec = jdbc.sql("SELECT " + COLUMNS + " FROM audit_entry" + where
        + " ORDER BY id DESC LIMIT :limit OFFSET :offset").param("limit", limit).param("offset", offset);
    if (agencyId != null) {
      spec = spec.param("agency", agencyId);
    }
    return spec.query(AuditLog::row).list();
  }

  /** The entries of an agency about one target, oldest first. */
  List<AuditEntry> ofTarget(long agencyId, String target) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM audit_entry WHERE agency_id = :agency AND target = :target "
        + "ORDER BY id").param("agency", agencyId).param("target", target).query(AuditLog::row).list();
  }

  long count(Long agencyId) {
    return agencyId == null
        ? jdbc.sql("SELECT COUNT(*) FROM audit_entry").query(Long.class).single()
        : jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE agency_id = :a").param("a", agencyId)
            .query(Long.class).single();
  }

  /** Walks the whole chain in order; the first entry whose link or hash does not match, or {@code null}. */
  @Transactional(readOnly = true)
  ChainStatus verify() {
    String expectedPrevious = GENESIS;
    long expectedId = 1;
    long checked = 0;
    long lastId = 0;
    int page = 500;
    while (true) {
      List<AuditEntry> batch = jdbc.sql("SELECT " + COLUMNS + " FROM audit_entry WHERE id > :after ORDER BY id "
          + "LIMIT :n").param("after", lastId).param("n", page).query(AuditLog::row).list();
      for (AuditEntry e : batch) {
        if (e.id() != expectedId || !e.previousHash().equals(expectedPrevious)
            || !Sm3.chain(e.previousHash(), e).equals(e.hash())) {
          return new ChainStatus(false, checked, e.id());
        }
        expectedPrevious = e.hash();
        expectedId++;
        checked++;
        lastId = e.id();
      }
      if (batch.size() < page) {
        break;
      }
    }
    Head head = jdbc.sql("SELECT last_id, last_hash FROM audit_head WHERE id = 1")
        .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2))).single();
    if (head.lastId != checked || !head.lastHash.equals(expectedPrevious)) {
      // Entries were removed from the end: the head still remembers the true last link.
      return new ChainStatus(false, checked, checked + 1);
    }
    return new ChainStatus(true, checked, null);
  }

  private record Head(long lastId, String lastHash) {}

  private static String cut(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }

  private static AuditEntry row(ResultSet rs, int n) throws SQLException {
    long agency = rs.getLong("agency_id");
    Long agencyId = rs.wasNull() ? null : agency;
    return new AuditEntry(rs.getLong("id"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
        rs.getString("actor"), agencyId, rs.getString("action"), rs.getString("target"), rs.getString("detail"),
        rs.getString("client_address"), rs.getString("previous_hash"), rs.getString("hash"));
  }
}
