package org.gongkai.server.registers;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Documents and cleanup campaigns in the database; every query is scoped by agency. */
@Repository
class DocumentRepository {
  private static final String COLUMNS = "id, agency_id, kind, document_number, title, issued_on, effective_on, "
      + "ended_on, status, publication_ref, interpretation_ref";

  private final JdbcClient jdbc;

  DocumentRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<RegisterDocument> ofAgency(long agencyId) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM register_document WHERE agency_id = :a "
        + "ORDER BY issued_on DESC, id DESC").param("a", agencyId).query(DocumentRepository::row).list();
  }

  Optional<RegisterDocument> find(long agencyId, long id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM register_document WHERE agency_id = :a AND id = :id")
        .param("a", agencyId).param("id", id).query(DocumentRepository::row).optional();
  }

  Optional<RegisterDocument> byNumber(long agencyId, String number) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM register_document WHERE agency_id = :a AND document_number = :n")
        .param("a", agencyId).param("n", number).query(DocumentRepository::row).optional();
  }

  long insert(long agencyId, DocumentDraft d) {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql("INSERT INTO register_document (agency_id, kind, document_number, title, issued_on, effective_on, "
            + "ended_on, status, publication_ref, interpretation_ref, created_at, updated_at) VALUES (:agency, :kind, "
            + ":number, :title, :issued, :effective, :ended, :status, :publication, :interpretation, :now, :now)")
        .params(params(d)).param("agency", agencyId).param("now", now).update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }

  void update(long agencyId, long id, DocumentDraft d) {
    jdbc.sql("UPDATE register_document SET kind = :kind, document_number = :number, title = :title, "
            + "issued_on = :issued, effective_on = :effective, ended_on = :ended, status = :status, "
            + "publication_ref = :publication, interpretation_ref = :interpretation, updated_at = :now "
            + "WHERE agency_id = :agency AND id = :id")
        .params(params(d)).param("agency", agencyId).param("id", id)
        .param("now", OffsetDateTime.now(ZoneOffset.UTC)).update();
  }

  void setStatus(long id, DocumentStatus status, LocalDate endedOn) {
    jdbc.sql("UPDATE register_document SET status = :s, ended_on = :e, updated_at = :now WHERE id = :id")
        .param("s", status.name()).param("e", endedOn).param("now", OffsetDateTime.now(ZoneOffset.UTC))
        .param("id", id).update();
  }

  /** Table 1's three cells for one kind: issued in the period, ended in it, in force at its last day. */
  int[] counts(long agencyId, DocumentKind kind, LocalDate from, LocalDate to) {
    return jdbc.sql("SELECT "
            + "COALESCE(SUM(CASE WHEN issued_on BETWEEN :from AND :to THEN 1 ELSE 0 END), 0), "
            + "COALESCE(SUM(CASE WHEN ended_on BETWEEN :from AND :to THEN 1 ELSE 0 END), 0), "
            + "COALESCE(SUM(CASE WHEN issued_on <= :to AND (ended_on IS NULL OR ended_on > :to) THEN 1 ELSE 0 END), 0) "
            + "FROM register_document WHERE agency_id = :a AND kind = :k")
        .param("from", from).param("to", to).param("a", agencyId).param("k", kind.name())
        .query((rs, n) -> new int[] {rs.getInt(1), rs.getInt(2), rs.getInt(3)}).single();
  }

  /** The last day each document of the agency was reviewed in a cleanup campaign. */
  Map<Long, LocalDate> lastReviewed(long agencyId) {
    Map<Long, LocalDate> out = new HashMap<>();
    jdbc.sql("SELECT i.document_id, MAX(c.decided_on) FROM register_cleanup_item i JOIN register_cleanup c "
            + "ON c.id = i.cleanup_id WHERE c.agency_id = :a GROUP BY i.document_id").param("a", agencyId)
        .query((ResultSet rs) -> {
          out.put(rs.getLong(1), rs.getObject(2, LocalDate.class));
        });
    return out;
  }

  long insertCleanup(long agencyId, String name, LocalDate decidedOn, String basis) {
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql("INSERT INTO register_cleanup (agency_id, name, decided_on, basis, created_at) "
            + "VALUES (:a, :n, :d, :b, :now)")
        .param("a", agencyId).param("n", name).param("d", decidedOn).param("b", basis)
        .param("now", OffsetDateTime.now(ZoneOffset.UTC)).update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }

  void insertCleanupItem(long cleanupId, long documentId, CleanupOutcome outcome, String note) {
    jdbc.sql("INSERT INTO register_cleanup_item (cleanup_id, document_id, outcome, note) VALUES (:c, :d, :o, :n)")
        .param("c", cleanupId).param("d", documentId).param("o", outcome.name()).param("n", note).update();
  }

  List<Cleanup> cleanups(long agencyId) {
    List<Cleanup> heads = jdbc.sql("SELECT id, agency_id, name, decided_on, basis FROM register_cleanup "
            + "WHERE agency_id = :a ORDER BY decided_on DESC, id DESC").param("a", agencyId)
        .query((rs, n) -> new Cleanup(rs.getLong(1), rs.getLong(2), rs.getString(3),
            rs.getObject(4, LocalDate.class), rs.getString(5), List.of())).list();
    List<Cleanup> out = new ArrayList<>();
    for (Cleanup c : heads) {
      out.add(new Cleanup(c.id(), c.agencyId(), c.name(), c.decidedOn(), c.basis(), items(c.id())));
    }
    return out;
  }

  Optional<Cleanup> cleanup(long agencyId, long id) {
    return cleanups(agencyId).stream().filter(c -> c.id() == id).findFirst();
  }

  /** The campaigns that covered a document, newest first, each with only that document's item. */
  List<Cleanup> cleanupsOf(long agencyId, long documentId) {
    return cleanups(agencyId).stream()
        .map(c -> new Cleanup(c.id(), c.agencyId(), c.name(), c.decidedOn(), c.basis(),
            c.items().stream().filter(i -> i.documentId() == documentId).toList()))
        .filter(c -> !c.items().isEmpty()).toList();
  }

  private List<Cleanup.Item> items(long cleanupId) {
    return jdbc.sql("SELECT i.document_id, d.document_number, d.title, i.outcome, i.note FROM register_cleanup_item i "
            + "JOIN register_document d ON d.id = i.document_id WHERE i.cleanup_id = :c ORDER BY d.issued_on, d.id")
        .param("c", cleanupId)
        .query((rs, n) -> new Cleanup.Item(rs.getLong(1), rs.getString(2), rs.getString(3),
            CleanupOutcome.valueOf(rs.getString(4)), rs.getString(5))).list();
  }

  private static Map<String, Object> params(DocumentDraft d) {
    Map<String, Object> m = new HashMap<>();
    m.put("kind", d.kind().name());
    m.put("number", d.number());
    m.put("title", d.title());
    m.put("issued", d.issuedOn());
    m.put("effective", d.effectiveOn());
    m.put("ended", d.endedOn());
    m.put("status", d.status().name());
    m.put("publication", d.publicationRef());
    m.put("interpretation", d.interpretationRef());
    return m;
  }

  private static RegisterDocument row(ResultSet rs, int n) throws SQLException {
    return new RegisterDocument(rs.getLong("id"), rs.getLong("agency_id"), DocumentKind.valueOf(rs.getString("kind")),
        rs.getString("document_number"), rs.getString("title"), rs.getObject("issued_on", LocalDate.class),
        rs.getObject("effective_on", LocalDate.class), rs.getObject("ended_on", LocalDate.class),
        DocumentStatus.valueOf(rs.getString("status")), rs.getString("publication_ref"),
        rs.getString("interpretation_ref"));
  }
}
