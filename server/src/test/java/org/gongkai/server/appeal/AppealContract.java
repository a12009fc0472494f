package org.gongkai.server.appeal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.gongkai.core.report.AppealCounts;
import org.gongkai.core.report.Appeals;
import org.gongkai.server.IntegrationTest;
import org.gongkai.server.agency.AgencyApi;
import org.gongkai.server.agency.AgencyDraft;
import org.gongkai.server.agency.AgencyKind;
import org.gongkai.server.audit.AuditApi;
import org.gongkai.server.shared.Problem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case register and table 3 computed from it, on each supported database (subclasses choose it). Every figure
 * expected below is worked out by hand in the comments. Each test rolls back.
 */
@Transactional
abstract class AppealContract extends IntegrationTest {
  @Autowired
  AgencyApi agencies;
  @Autowired
  CaseService cases;
  @Autowired
  AppealStatistics statistics;
  @Autowired
  AuditApi audit;

  long agency;

  @BeforeEach
  void agency() {
    long region = agencies.createRegion(null, "复议测试省");
    agency = agencies.create(new AgencyDraft("appeal-test", "复议测试局", "复议测试局", AgencyKind.DEPARTMENT, region,
        null, null, null, null, null, null));
  }

  long add(String number, AppealKind kind, String filed, String decided, AppealResult result) {
    return cases.create(agency, new CaseDraft(number, kind, "某机关", LocalDate.parse(filed),
        decided == null ? null : LocalDate.parse(decided), result, null, null));
  }

  @Test
  void tableThreeOfAYearFromScriptedCases() {
    AppealKind r = AppealKind.RECONSIDERATION;
    add("A1", r, "2023-11-01", "2024-01-15", AppealResult.UPHELD);    // 2024: upheld (carried from 2023)
    add("A2", r, "2024-03-01", "2024-05-01", AppealResult.CORRECTED); // 2024: corrected
    add("A3", r, "2024-12-20", "2025-02-01", AppealResult.OTHER);     // 2024: pending (decided only in 2025)
    add("A4", r, "2023-05-01", "2023-08-01", AppealResult.UPHELD);    // not in 2024: decided in 2023
    add("A5", r, "2024-06-01", null, AppealResult.PENDING);           // 2024: pending
    add("A6", r, "2025-01-05", null, AppealResult.PENDING);           // not in 2024: filed in 2025
    // reconsideration 2024: upheld 1 (A1), corrected 1 (A2), other 0, pending 2 (A3, A5), total 4
    add("L1", AppealKind.LITIGATION_DIRECT, "2024-04-01", "2024-09-01", AppealResult.OTHER);  // other
    add("L2", AppealKind.LITIGATION_DIRECT, "2022-01-01", null, AppealResult.PENDING);         // still pending
    // direct litigation 2024: other 1, pending 1, total 2
    add("L3", AppealKind.LITIGATION_AFTER_RECONSIDERATION, "2024-12-31", "2024-12-31", AppealResult.UPHELD);
    // litigation after reconsideration 2024: filed and decided on 31 December → upheld 1, total 1

    Appeals t = statistics.table(agency, 2024);
    assertThat(t.reconsideration()).isEqualTo(new AppealCounts(1, 1, 0, 2, 4));
    assertThat(t.litigationDirect()).isEqualTo(new AppealCounts(0, 0, 1, 1, 2));
    assertThat(t.litigationAfterReconsideration()).isEqualTo(new AppealCounts(1, 0, 0, 0, 1));

    // 2023: A4 upheld; A1 filed in 2023, decided in 2024 → pending; L2 pending → (1,0,0,1,2), (0,0,0,1,1), zeros.
    Appeals earlier = statistics.table(agency, 2023);
    assertThat(earlier.reconsideration()).isEqualTo(new AppealCounts(1, 0, 0, 1, 2));
    assertThat(earlier.litigationDirect()).isEqualTo(new AppealCounts(0, 0, 0, 1, 1));
    assertThat(earlier.litigationAfterReconsideration()).isEqualTo(AppealCounts.ZERO);
  }

  @Test
  void impossibleCasesAreRefusedAndNothingIsSaved() {
    add("B1", AppealKind.RECONSIDERATION, "2024-01-01", null, AppealResult.PENDING);
    int before = cases.list(agency).size();
    assertThatThrownBy(() -> add("B2", AppealKind.RECONSIDERATION, "2024-05-01", "2024-04-01", AppealResult.UPHELD))
        .isInstanceOfSatisfying(Problem.Refused.class, e -> assertThat(e.problems()).extracting(Problem::key)
            .containsExactly("appeal.decidedOn.beforeFiled"));
    assertThatThrownBy(() -> add("B3", AppealKind.RECONSIDERATION, "2024-05-01", "2024-06-01", AppealResult.PENDING))
        .isInstanceOfSatisfying(Problem.Refused.class, e -> assertThat(e.problems()).extracting(Problem::key)
            .containsExactly("appeal.decidedOn.pending"));
    assertThatThrownBy(() -> add("B4", AppealKind.RECONSIDERATION, "2024-05-01", null, AppealResult.CORRECTED))
        .isInstanceOfSatisfying(Problem.Refused.class, e -> assertThat(e.problems()).extracting(Problem::key)
            .containsExactly("appeal.decidedOn.required"));
    assertThatThrownBy(() -> add(" B1 ", AppealKind.LITIGATION_DIRECT, "2024-05-01", null, AppealResult.PENDING))
        .isInstanceOfSatisfying(Problem.Refused.class, e -> assertThat(e.problems()).extracting(Problem::key)
            .containsExactly("appeal.caseNumber.taken"));
    assertThat(cases.list(agency)).hasSize(before);
  }

  @Test
  void documentsAreTypeSniffedSizeLimitedAndTheirDownloadAudited() {
    long id = add("C1", AppealKind.RECONSIDERATION, "2024-01-01", null, AppealResult.PENDING);
    byte[] pdf = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    long doc = cases.addDocument(agency, id, "C:\\扫描\\决定书.pdf", pdf, "tester");
    assertThat(cases.documents(cases.require(agency, id))).singleElement().satisfies(d -> {
      assertThat(d.fileName()).isEqualTo("决定书.pdf");
      assertThat(d.contentType()).isEqualTo("application/pdf");
      assertThat(d.size()).isEqualTo(pdf.length);
    });
    // A script renamed to .pdf is not a PDF: its bytes say so.
    assertThatThrownBy(() -> cases.addDocument(agency, id, "伪装.pdf",
        "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8), "tester"))
        .isInstanceOfSatisfying(Problem.Refused.class, e -> assertThat(e.problems().get(0).key())
            .isEqualTo("appeal.document.type"));
    assertThatThrownBy(() -> cases.addDocument(agency, id, "大.pdf", new byte[(int) CaseService.MAX_DOCUMENT_BYTES + 1],
        "tester")).isInstanceOfSatisfying(Problem.Refused.class, e -> assertThat(e.problems().get(0).key())
            .isEqualTo("appeal.document.tooLarge"));
    assertThat(cases.download(agency, id, doc).bytes()).isEqualTo(pdf);
    assertThat(audit.trail(agency, CaseService.target(id))).extracting(e -> e.action())
        .containsExactly("appeal.case.create", "appeal.document.upload", "appeal.document.view");
  }

  @Test
  void changesAreRecordedInTheCaseHistory() {
    long id = add("D1", AppealKind.LITIGATION_DIRECT, "2024-01-01", null, AppealResult.PENDING);
    cases.update(agency, id, new CaseDraft("D1", AppealKind.LITIGATION_DIRECT, "某机关", LocalDate.of(2024, 1, 1),
        LocalDate.of(2024, 3, 1), AppealResult.CORRECTED, "YSQ-1", null));
    assertThat(audit.trail(agency, CaseService.target(id))).last().satisfies(e ->
        assertThat(e.detail()).contains("结果：尚未审结 → 纠正", "审结日期：— → 2024-03-01"));
  }
}
