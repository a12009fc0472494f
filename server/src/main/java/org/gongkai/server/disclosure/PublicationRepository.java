package org.gongkai.server.disclosure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Publications, their versions, history and attachments in the database. */
@Repository
class PublicationRepository {
  static final String COLUMNS = "id, agency_id, kind, interprets_id, index_number, work_state, work_version, "
      + "review_position, live_version, listed, withdrawn, withdrawn_reason, withdrawn_on, category_id, title, "
      + "date_written, first_published_on, last_published_on, late";
  private static final String VERSION_COLUMNS = "publication_id, version, title, document_number, issuing_body, "
      + "date_written, category_id, subject_words, body_html, validity, change_note, published_on, late_days";

  private final JdbcClient jdbc;

  PublicationRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long insert(long agencyId, PublicationKind kind, Long interpretsId, String indexNumber, String title,
      long categoryId, LocalDate dateWritten, long createdBy, OffsetDateTime now) {
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql("INSERT INTO publication (agency_id, kind, interprets_id, index_number, work_state, work_version, "
            + "review_position, live_version, listed, withdrawn, category_id, title, date_written, late, created_by, "
            + "created_at) VALUES (:a, :k, :i, :n, 'DRAFT', 1, 0, 0, FALSE, FALSE, :c, :t, :d, FALSE, :by, :now)")
        .param("a", agencyId).param("k", kind.name()).param("i", interpretsId).param("n", indexNumber)
        .param("c", categoryId).param("t", title).param("d", dateWritten).param("by", createdBy).param("now", now)
        .update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }

  void saveVersion(PublicationVersion v, boolean insert) {
    String sql = insert
        ? "INSERT INTO publication_version (publication_id, version, title, document_number, issuing_body, "
            + "date_written, category_id, subject_words, body_html, validity, change_note) VALUES (:p, :v, :t, :dn, "
            + ":ib, :dw, :c, :sw, :b, :val, :cn)"
        : "UPDATE publication_version SET title = :t, document_number = :dn, issuing_body = :ib, date_written = :dw, "
            + "category_id = :c, subject_words = :sw, body_html = :b, validity = :val, change_note = :cn "
            + "WHERE publication_id = :p AND version = :v AND published_on IS NULL";
    jdbc.sql(sql).param("p", v.publicationId()).param("v", v.version()).param("t", v.title())
        .param("dn", v.documentNumber()).param("ib", v.issuingBody()).param("dw", v.dateWritten())
        .param("c", v.categoryId()).param("sw", v.subjectWords()).param("b", v.bodyHtml())
        .param("val", v.validity().name()).param("cn", v.changeNote()).update();
  }

  /** Before first publication the list columns follow the draft, so the back office shows what is being prepared. */
  void updateDraftSummary(long id, String title, long categoryId, LocalDate dateWritten, Long interpretsId) {
    jdbc.sql("UPDATE publication SET title = :t, category_id = :c, date_written = :d, interprets_id = :i WHERE id = :id")
        .param("t", title).param("c", categoryId).param("d", dateWritten).param("i", interpretsId).param("id", id)
        .update();
  }

  void setInterprets(long id, Long interpretsId) {
    jdbc.sql("UPDATE publication SET interprets_id = :i WHERE id = :id").param("i", interpretsId).param("id", id)
        .update();
  }

  Optional<Publication> find(long agencyId, long id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM publication WHERE agency_id = :a AND id = :id")
        .param("a", agencyId).param("id", id).query(PublicationRepository::row).optional();
  }

  /** Locks the row for the rest of the transaction, so two steps on one publication cannot interleave. */
  Optional<Publication> lock(long agencyId, long id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM publication WHERE agency_id = :a AND id = :id FOR UPDATE")
        .param("a", agencyId).param("id", id).query(PublicationRepository::row).optional();
  }

  Optional<Publication> byIndexNumber(long agencyId, String indexNumber) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM publication WHERE agency_id = :a AND index_number = :n")
        .param("a", agencyId).param("n", indexNumber).query(PublicationRepository::row).optional();
  }

  Optional<PublicationVersion> version(long publicationId, int version) {
    return jdbc.sql("SELECT " + VERSION_COLUMNS + " FROM publication_version WHERE publication_id = :p AND version = :v")
        .param("p", publicationId).param("v", version).query(PublicationRepository::versionRow).optional();
  }

  /** The published versions, newest first. */
  List<PublicationVersion> publishedVersions(long publicationId) {
    return jdbc.sql("SELECT " + VERSION_COLUMNS + " FROM publication_version WHERE publication_id = :p "
            + "AND published_on IS NOT NULL ORDER BY version DESC")
        .param("p", publicationId).query(PublicationRepository::versionRow).list();
  }

  void setWork(long id, WorkState state, Integer version, int position) {
    jdbc.sql("UPDATE publication SET work_state = :s, work_version = :v, review_position = :pos WHERE id = :id")
        .param("s", state == null ? null : state.name()).param("v", version).param("pos", position).param("id", id)
        .update();
  }

  void markVersionPublished(long publicationId, int version, LocalDate on, int lateDays) {
    jdbc.sql("UPDATE publication_version SET published_on = :on, late_days = :l WHERE publication_id = :p "
            + "AND version = :v").param("on", on).param("l", lateDays).param("p", publicationId).param("v", version)
        .update();
  }

  /** Makes the version live: list columns, search text and sort key follow it; nothing is left in preparation. */
  void goLive(long id, PublicationVersion v, String indexNumber, LocalDate firstPublishedOn, LocalDate on,
      long sortKey, boolean late, String searchTitle, String searchText) {
    jdbc.sql("UPDATE publication SET index_number = :n, live_version = :v, listed = TRUE, category_id = :c, "
            + "title = :t, date_written = :dw, first_published_on = :first, last_published_on = :on, sort_key = :sk, "
            + "late = :late, search_title = :st, search_text = :sx, search_changed_at = CURRENT_TIMESTAMP, "
            + "work_state = NULL, work_version = NULL, "
            + "review_position = 0 WHERE id = :id")
        .param("n", indexNumber).param("v", v.version()).param("c", v.categoryId()).param("t", v.title())
        .param("dw", v.dateWritten()).param("first", firstPublishedOn).param("on", on).param("sk", sortKey)
        .param("late", late).param("st", searchTitle).param("sx", searchText).param("id", id).update();
  }

  void withdraw(long id, String reason, LocalDate on) {
    jdbc.sql("UPDATE publication SET listed = FALSE, withdrawn = TRUE, withdrawn_reason = :r, withdrawn_on = :on, "
            + "search_changed_at = CURRENT_TIMESTAMP, work_state = NULL, work_version = NULL, review_position = 0 "
            + "WHERE id = :id")
        .param("r", reason).param("on", on).param("id", id).update();
  }

  void addHistory(long publicationId, int version, String action, ReviewStepKind step, Actor actor,
      OffsetDateTime at, String note) {
    jdbc.sql("INSERT INTO publication_history (publication_id, version, action, step_kind, actor_id, actor_name, at, "
            + "note) VALUES (:p, :v, :a, :s, :uid, :name, :at, :note)")
        .param("p", publicationId).param("v", version).param("a", action).param("s", step == null ? null : step.name())
        .param("uid", actor.userId()).param("name", actor.name()).param("at", at).param("note", note).update();
  }

  List<HistoryEntry> history(long publicationId) {
    return jdbc.sql("SELECT id, publication_id, version, action, step_kind, actor_name, at, note "
            + "FROM publication_history WHERE publication_id = :p ORDER BY id")
        .param("p", publicationId).query((rs, n) -> {
          String step = rs.getString("step_kind");
          return new HistoryEntry(rs.getLong("id"), rs.getLong("publication_id"), rs.getInt("version"),
              rs.getString("action"), step == null ? null : ReviewStepKind.valueOf(step), rs.getString("actor_name"),
              rs.getObject("at", OffsetDateTime.class), rs.getString("note"));
        }).list();
  }

  long addAttachment(long publicationId, int version, String fileName, String contentType, byte[] data) {
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql("INSERT INTO publication_attachment (publication_id, added_in_version, file_name, content_type, "
            + "size_bytes, data) VALUES (:p, :v, :f, :ct, :s, :d)")
        .param("p", publicationId).param("v", version).param("f", fileName).param("ct", contentType)
        .param("s", (long) data.length).param("d", data).update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }

  List<Attachment> attachments(long publicationId, int upToVersion) {
    return jdbc.sql("SELECT id, publication_id, added_in_version, file_name, content_type, size_bytes "
            + "FROM publication_attachment WHERE publication_id = :p AND added_in_version <= :v ORDER BY id")
        .param("p", publicationId).param("v", upToVersion)
        .query((rs, n) -> new Attachment(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4),
            rs.getString(5), rs.getLong(6))).list();
  }

  Optional<byte[]> attachmentData(long publicationId, long attachmentId) {
    return jdbc.sql("SELECT data FROM publication_attachment WHERE publication_id = :p AND id = :id")
        .param("p", publicationId).param("id", attachmentId).query((rs, n) -> rs.getBytes(1)).optional();
  }

  static Publication row(ResultSet rs, int n) throws SQLException {
    long interprets = rs.getLong("interprets_id");
    Long interpretsId = rs.wasNull() ? null : interprets;
    int wv = rs.getInt("work_version");
    Integer workVersion = rs.wasNull() ? null : wv;
    long cat = rs.getLong("category_id");
    Long categoryId = rs.wasNull() ? null : cat;
    String state = rs.getString("work_state");
    return new Publication(rs.getLong("id"), rs.getLong("agency_id"), PublicationKind.valueOf(rs.getString("kind")),
        interpretsId, rs.getString("index_number"), state == null ? null : WorkState.valueOf(state), workVersion,
        rs.getInt("review_position"), rs.getInt("live_version"), rs.getBoolean("listed"), rs.getBoolean("withdrawn"),
        rs.getString("withdrawn_reason"), rs.getObject("withdrawn_on", LocalDate.class), categoryId,
        rs.getString("title"), rs.getObject("date_written", LocalDate.class),
        rs.getObject("first_published_on", LocalDate.class), rs.getObject("last_published_on", LocalDate.class),
        rs.getBoolean("late"));
  }

  private static PublicationVersion versionRow(ResultSet rs, int n) throws SQLException {
    int late = rs.getInt("late_days");
    Integer lateDays = rs.wasNull() ? null : late;
    return new PublicationVersion(rs.getLong("publication_id"), rs.getInt("version"), rs.getString("title"),
        rs.getString("document_number"), rs.getString("issuing_body"), rs.getObject("date_written", LocalDate.class),
        rs.getLong("category_id"), rs.getString("subject_words"), rs.getString("body_html"),
        Validity.valueOf(rs.getString("validity")), rs.getString("change_note"),
        rs.getObject("published_on", LocalDate.class), lateDays);
  }
}
