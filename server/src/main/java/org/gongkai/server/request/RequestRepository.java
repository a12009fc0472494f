package org.gongkai.server.request;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.gongkai.core.report.RequestRow;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The request register, its history (insert only), attachments, per-agency settings and letter templates. */
@Repository
class RequestRepository {
  private static final String COLUMNS = "id, agency_id, number_year, number_seq, tracking_code, secret_enc, channel, "
      + "received_on, applicant_kind, applicant_name, contact_person, id_type, id_number_enc, phone_enc, address_enc, "
      + "email, postcode, description, purpose, provision_form, delivery, state, pending, pending_workdays, "
      + "pending_outcome, pending_note, lapse_outcome, lapse_since, outcome, outcome_basis, outcome_on, created_at";

  private final JdbcClient jdbc;

  RequestRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The next free register number of the agency in the year. */
  int nextSeq(long agencyId, int year) {
    Integer max = jdbc.sql("SELECT MAX(number_seq) FROM disclosure_request WHERE agency_id = :a AND number_year = :y")
        .param("a", agencyId).param("y", year).query(Integer.class).optional().orElse(null);
    return max == null ? 1 : max + 1;
  }

  long insert(NewRequest r, Encrypted e, int seq, String trackingCode, String secretEnc, Instant now) {
    jdbc.sql("INSERT INTO disclosure_request (agency_id, number_year, number_seq, tracking_code, secret_enc, "
            + "idempotency_token, platform_ref, channel, received_on, applicant_kind, applicant_name, contact_person, "
            + "id_type, id_number_enc, phone_enc, address_enc, email, postcode, description, purpose, provision_form, "
            + "delivery, state, created_at, applicant_fp) VALUES (:agency, :year, :seq, :code, :secret, :token, :ref, "
            + ":channel, :received, :kind, :name, :contact, :idType, :idNumber, :phone, :address, :email, :postcode, "
            + ":description, :purpose, :form, :delivery, :state, :now, :fp)")
        .param("agency", r.agencyId()).param("year", r.receivedOn().getYear()).param("seq", seq)
        .param("code", trackingCode).param("secret", secretEnc).param("token", r.idempotencyToken())
        .param("ref", r.platformRef()).param("channel", r.channel().name()).param("received", r.receivedOn())
        .param("kind", r.applicantKind().name()).param("name", r.applicantName())
        .param("contact", r.contactPerson()).param("idType", r.idType().name()).param("idNumber", e.idNumber())
        .param("phone", e.phone()).param("address", e.address()).param("email", r.email())
        .param("postcode", r.postcode()).param("description", r.description()).param("purpose", r.purpose())
        .param("form", r.provisionForm().name()).param("delivery", r.delivery().name())
        .param("state", RequestState.REGISTERED.name()).param("now", utc(now)).param("fp", e.applicantFingerprint())
        .update();
    return lastId(trackingCode);
  }

  private long lastId(String trackingCode) {
    return jdbc.sql("SELECT id FROM disclosure_request WHERE tracking_code = :c").param("c", trackingCode)
        .query(Long.class).single();
  }

  /** Personal data as stored. */
  record Encrypted(String idNumber, String phone, String address, String applicantFingerprint) {}

  Optional<DisclosureRequest> byId(long id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM disclosure_request WHERE id = :id").param("id", id)
        .query(RequestRepository::row).optional();
  }

  Optional<DisclosureRequest> byTrackingCode(String code) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM disclosure_request WHERE tracking_code = :c").param("c", code)
        .query(RequestRepository::row).optional();
  }

  Optional<DisclosureRequest> byToken(String token) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM disclosure_request WHERE idempotency_token = :t").param("t", token)
        .query(RequestRepository::row).optional();
  }

  Optional<DisclosureRequest> byPlatformRef(long agencyId, String ref) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM disclosure_request WHERE agency_id = :a AND platform_ref = :r")
        .param("a", agencyId).param("r", ref).query(RequestRepository::row).optional();
  }

  /** The agency's requests without an outcome yet. */
  List<DisclosureRequest> open(long agencyId) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM disclosure_request WHERE agency_id = :a AND state NOT IN "
            + "('REPLIED', 'CLOSED') ORDER BY received_on, id").param("a", agencyId)
        .query(RequestRepository::row).list();
  }

  /** Every open request of every agency waiting for a correction or a fee, for the lapse job. */
  List<DisclosureRequest> waiting() {
    return jdbc.sql("SELECT " + COLUMNS + " FROM disclosure_request WHERE state IN ('AWAITING_CORRECTION', "
        + "'AWAITING_FEE') ORDER BY id").query(RequestRepository::row).list();
  }

  /** The agency's requests, newest first. */
  List<DisclosureRequest> recent(long agencyId, int limit) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM disclosure_request WHERE agency_id = :a ORDER BY received_on DESC, "
            + "id DESC LIMIT :l").param("a", agencyId).param("l", limit).query(RequestRepository::row).list();
  }

  /** What table 2 needs of every request of the agency received up to the end of {@code year}. */
  List<TableCounter.Entry> entries(long agencyId, int year) {
    return jdbc.sql("SELECT applicant_kind, received_on, outcome, outcome_on FROM disclosure_request "
            + "WHERE agency_id = :a AND received_on <= :end")
        .param("a", agencyId).param("end", LocalDate.of(year, 12, 31))
        .query((rs, n) -> new TableCounter.Entry(ApplicantKind.valueOf(rs.getString(1)),
            rs.getObject(2, LocalDate.class), rs.getString(3) == null ? null : RequestRow.ofCode(rs.getString(3)),
            rs.getObject(4, LocalDate.class)))
        .list();
  }

  /** Fees recorded as paid in the year, in fen. */
  long feesPaidFen(long agencyId, int year) {
    Long sum = jdbc.sql("SELECT SUM(s.amount) FROM request_step s JOIN disclosure_request r ON r.id = s.request_id "
            + "WHERE r.agency_id = :a AND s.step = 'FEE_PAID' AND s.on_date BETWEEN :from AND :to")
        .param("a", agencyId).param("from", LocalDate.of(year, 1, 1)).param("to", LocalDate.of(year, 12, 31))
        .query(Long.class).optional().orElse(null);
    return sum == null ? 0 : sum;
  }

  /**
   * Requests of the applicant received in the month: the same identity document (by its fingerprint) whatever the name
   * was typed as, or, for a request without an identity number, the same name among those without one.
   */
  int countInMonth(long agencyId, String applicantFingerprint, String applicantName, LocalDate day) {
    LocalDate first = day.withDayOfMonth(1);
    String who = applicantFingerprint != null ? "applicant_fp = :w" : "applicant_fp IS NULL AND applicant_name = :w";
    return jdbc.sql("SELECT COUNT(*) FROM disclosure_request WHERE agency_id = :a AND " + who
            + " AND received_on BETWEEN :from AND :to").param("a", agencyId)
        .param("w", applicantFingerprint != null ? applicantFingerprint : applicantName)
        .param("from", first).param("to", first.plusMonths(1).minusDays(1)).query(Integer.class).single();
  }

  String fingerprintOf(long id) {
    return jdbc.sql("SELECT applicant_fp FROM disclosure_request WHERE id = :id").param("id", id)
        .query(String.class).optional().orElse(null);
  }



  /** Moves the request on, only if it is still in {@code expected}; false when someone else moved it first. */
  boolean update(DisclosureRequest r, RequestState expected) {
    return jdbc.sql("UPDATE disclosure_request SET state = :state, pending = :pending, pending_workdays = :pw, "
            + "pending_outcome = :po, pending_note = :pn, lapse_outcome = :lo, lapse_since = :ls, outcome = :o, "
            + "outcome_basis = :ob, outcome_on = :oo WHERE id = :id AND state = :expected")
        .param("state", r.state().name()).param("pending", r.pending() == null ? null : r.pending().name())
        .param("pw", r.pendingWorkdays()).param("po", code(r.pendingOutcome())).param("pn", r.pendingNote())
        .param("lo", code(r.lapseOutcome())).param("ls", r.lapseSince()).param("o", code(r.outcome()))
        .param("ob", r.outcomeBasis()).param("oo", r.outcomeOn()).param("id", r.id())
        .param("expected", expected.name()).update() == 1;
  }

  void append(HistoryEntry h) {
    jdbc.sql("INSERT INTO request_step (request_id, step, actor, actor_role, recorded_at, on_date, second_date, "
            + "amount, code, note, attachment_id, state_after) VALUES (:r, :step, :actor, :role, :at, :on, :second, "
            + ":amount, :code, :note, :att, :state)")
        .param("r", h.requestId()).param("step", h.step().name()).param("actor", h.actor())
        .param("role", h.actorRole()).param("at", utc(h.recordedAt())).param("on", h.onDate())
        .param("second", h.secondDate()).param("amount", h.amount()).param("code", h.code())
        .param("note", h.note()).param("att", h.attachmentId()).param("state", h.stateAfter().name()).update();
  }

  List<HistoryEntry> history(long requestId) {
    return jdbc.sql("SELECT id, request_id, step, actor, actor_role, recorded_at, on_date, second_date, amount, code, "
            + "note, attachment_id, state_after FROM request_step WHERE request_id = :r ORDER BY id")
        .param("r", requestId)
        .query((rs, n) -> new HistoryEntry(rs.getLong(1), rs.getLong(2), Step.valueOf(rs.getString(3)),
            rs.getString(4), rs.getString(5), instant(rs, 6), rs.getObject(7, LocalDate.class),
            rs.getObject(8, LocalDate.class), (Long) rs.getObject(9, Long.class), rs.getString(10),
            rs.getString(11), rs.getObject(12, Long.class), RequestState.valueOf(rs.getString(13))))
        .list();
  }

  long insertAttachment(long requestId, Upload u, Instant now) {
    jdbc.sql("INSERT INTO request_attachment (request_id, file_name, content_type, size_bytes, content, uploaded_at) "
            + "VALUES (:r, :name, :type, :size, :content, :at)")
        .param("r", requestId).param("name", u.fileName()).param("type", u.contentType())
        .param("size", u.content().length).param("content", u.content()).param("at", utc(now)).update();
    return jdbc.sql("SELECT MAX(id) FROM request_attachment WHERE request_id = :r").param("r", requestId)
        .query(Long.class).single();
  }

  /** An attachment's name, type and size, without its content. */
  record AttachmentInfo(long id, long requestId, String fileName, String contentType, long size) {}

  List<AttachmentInfo> attachments(long requestId) {
    return jdbc.sql("SELECT id, request_id, file_name, content_type, size_bytes FROM request_attachment "
            + "WHERE request_id = :r ORDER BY id").param("r", requestId)
        .query((rs, n) -> new AttachmentInfo(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
            rs.getLong(5))).list();
  }

  Optional<byte[]> attachmentContent(long attachmentId) {
    return jdbc.sql("SELECT content FROM request_attachment WHERE id = :id").param("id", attachmentId)
        .query((rs, n) -> rs.getBytes(1)).optional();
  }

  boolean replyReview(long agencyId) {
    return jdbc.sql("SELECT reply_review FROM request_setting WHERE agency_id = :a").param("a", agencyId)
        .query(Boolean.class).optional().orElse(false);
  }

  void setReplyReview(long agencyId, boolean on) {
    if (jdbc.sql("UPDATE request_setting SET reply_review = :on WHERE agency_id = :a").param("on", on)
        .param("a", agencyId).update() == 0) {
      jdbc.sql("INSERT INTO request_setting (agency_id, reply_review) VALUES (:a, :on)").param("a", agencyId)
          .param("on", on).update();
    }
  }

  Optional<String> template(long agencyId, LetterKind kind) {
    return jdbc.sql("SELECT body FROM request_letter_template WHERE agency_id = :a AND kind = :k")
        .param("a", agencyId).param("k", kind.name()).query(String.class).optional();
  }

  void saveTemplate(long agencyId, LetterKind kind, String body, Instant now) {
    if (jdbc.sql("UPDATE request_letter_template SET body = :b, updated_at = :t WHERE agency_id = :a AND kind = :k")
        .param("b", body).param("t", utc(now)).param("a", agencyId).param("k", kind.name()).update() == 0) {
      jdbc.sql("INSERT INTO request_letter_template (agency_id, kind, body, updated_at) VALUES (:a, :k, :b, :t)")
          .param("a", agencyId).param("k", kind.name()).param("b", body).param("t", utc(now)).update();
    }
  }

  private static String code(RequestRow row) {
    return row == null ? null : row.code();
  }

  private static OffsetDateTime utc(Instant i) {
    return OffsetDateTime.ofInstant(i, ZoneOffset.UTC);
  }

  private static Instant instant(ResultSet rs, int col) throws SQLException {
    OffsetDateTime t = rs.getObject(col, OffsetDateTime.class);
    if (t != null) {
      return t.toInstant();
    }
    Timestamp ts = rs.getTimestamp(col);
    return ts == null ? null : ts.toInstant();
  }

  private static RequestRow outcome(String code) {
    return code == null ? null : RequestRow.ofCode(code);
  }

  private static DisclosureRequest row(ResultSet rs, int n) throws SQLException {
    String pending = rs.getString("pending");
    return new DisclosureRequest(rs.getLong("id"), rs.getLong("agency_id"), rs.getInt("number_year"),
        rs.getInt("number_seq"), rs.getString("tracking_code"), rs.getString("secret_enc"),
        Channel.valueOf(rs.getString("channel")), rs.getObject("received_on", LocalDate.class),
        ApplicantKind.valueOf(rs.getString("applicant_kind")), rs.getString("applicant_name"),
        rs.getString("contact_person"), IdType.valueOf(rs.getString("id_type")), rs.getString("id_number_enc"),
        rs.getString("phone_enc"), rs.getString("address_enc"), rs.getString("email"), rs.getString("postcode"),
        rs.getString("description"), rs.getString("purpose"), ProvisionForm.valueOf(rs.getString("provision_form")),
        Delivery.valueOf(rs.getString("delivery")), RequestState.valueOf(rs.getString("state")),
        pending == null ? null : StateMachine.Pending.valueOf(pending), rs.getObject("pending_workdays", Integer.class),
        outcome(rs.getString("pending_outcome")), rs.getString("pending_note"), outcome(rs.getString("lapse_outcome")),
        rs.getObject("lapse_since", LocalDate.class), outcome(rs.getString("outcome")), rs.getString("outcome_basis"),
        rs.getObject("outcome_on", LocalDate.class), instant(rs, 32));
  }
}
