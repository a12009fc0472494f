package org.gongkai.server.appeal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Cases and their documents in the database; every query is scoped by agency. */
@Repository
class CaseRepository {
  private static final String COLUMNS = "id, agency_id, case_number, kind, body, filed_on, decided_on, result, "
      + "request_code, summary";

  private final JdbcClient jdbc;

  CaseRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<AppealCase> ofAgency(long agencyId) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM appeal_case WHERE agency_id = :a ORDER BY filed_on DESC, id DESC")
        .param("a", agencyId).query(CaseRepository::row).list();
  }

  /** The cases that count in a year: filed by its last day and not decided before its first. */
  List<AppealCase> ofYear(long agencyId, int year) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM appeal_case WHERE agency_id = :a AND filed_on <= :last "
            + "AND (decided_on IS NULL OR decided_on >= :first) ORDER BY filed_on, id")
        .param("a", agencyId).param("last", LocalDate.of(year, 12, 31)).param("first", LocalDate.of(year, 1, 1))
        .query(CaseRepository::row).list();
  }

  Optional<AppealCase> find(long agencyId, long id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM appeal_case WHERE agency_id = :a AND id = :id")
        .param("a", agencyId).param("id", id).query(CaseRepository::row).optional();
  }

  Optional<AppealCase> byNumber(long agencyId, String number) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM appeal_case WHERE agency_id = :a AND case_number = :n")
        .param("a", agencyId).param("n", number).query(CaseRepository::row).optional();
  }

  long insert(long agencyId, CaseDraft d) {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql("INSERT INTO appeal_case (agency_id, case_number, kind, body, filed_on, decided_on, result, "
            + "request_code, summary, created_at, updated_at) VALUES (:agency, :number, :kind, :body, :filed, "
            + ":decided, :result, :request, :summary, :now, :now)")
        .params(params(d)).param("agency", agencyId).param("now", now).update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }

  void update(long agencyId, long id, CaseDraft d) {
    jdbc.sql("UPDATE appeal_case SET case_number = :number, kind = :kind, body = :body, filed_on = :filed, "
            + "decided_on = :decided, result = :result, request_code = :request, summary = :summary, "
            + "updated_at = :now WHERE agency_id = :agency AND id = :id")
        .params(params(d)).param("agency", agencyId).param("id", id)
        .param("now", OffsetDateTime.now(ZoneOffset.UTC)).update();
  }

  long insertDocument(long caseId, String fileName, String contentType, byte[] content, String uploadedBy) {
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql("INSERT INTO appeal_document (case_id, file_name, content_type, size_bytes, content, uploaded_at, "
            + "uploaded_by) VALUES (:c, :n, :t, :s, :b, :now, :by)")
        .param("c", caseId).param("n", fileName).param("t", contentType).param("s", (long) content.length)
        .param("b", content).param("now", OffsetDateTime.now(ZoneOffset.UTC)).param("by", uploadedBy)
        .update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }

  List<CaseDocument> documents(long caseId) {
    return jdbc.sql("SELECT id, case_id, file_name, content_type, size_bytes, uploaded_at, uploaded_by "
            + "FROM appeal_document WHERE case_id = :c ORDER BY id").param("c", caseId)
        .query((rs, n) -> new CaseDocument(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
            rs.getLong(5), rs.getObject(6, OffsetDateTime.class).toInstant(), rs.getString(7))).list();
  }

  Optional<byte[]> content(long caseId, long documentId) {
    return jdbc.sql("SELECT content FROM appeal_document WHERE case_id = :c AND id = :id").param("c", caseId)
        .param("id", documentId).query((rs, n) -> rs.getBytes(1)).optional();
  }

  private static Map<String, Object> params(CaseDraft d) {
    Map<String, Object> m = new HashMap<>();
    m.put("number", d.caseNumber());
    m.put("kind", d.kind().name());
    m.put("body", d.body());
    m.put("filed", d.filedOn());
    m.put("decided", d.decidedOn());
    m.put("result", d.result().name());
    m.put("request", d.requestCode());
    m.put("summary", d.summary());
    return m;
  }

  private static AppealCase row(ResultSet rs, int n) throws SQLException {
    return new AppealCase(rs.getLong("id"), rs.getLong("agency_id"), rs.getString("case_number"),
        AppealKind.valueOf(rs.getString("kind")), rs.getString("body"), rs.getObject("filed_on", LocalDate.class),
        rs.getObject("decided_on", LocalDate.class), AppealResult.valueOf(rs.getString("result")),
        rs.getString("request_code"), rs.getString("summary"));
  }
}
