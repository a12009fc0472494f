package org.gongkai.server.registers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.core.report.DocumentCounts;
import org.gongkai.core.report.Proactive;
import org.gongkai.server.IntegrationTest;
import org.gongkai.server.agency.AgencyApi;
import org.gongkai.server.agency.AgencyDraft;
import org.gongkai.server.agency.AgencyKind;
import org.gongkai.server.audit.AuditApi;
import org.gongkai.server.shared.Problem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of documents and decisions, and table 1 computed from it, on each supported database (subclasses
 * choose it). Every figure expected below is worked out by hand in the comments. Each test rolls back.
 */
@Transactional
abstract class RegistersContract extends IntegrationTest {
  @Autowired
  AgencyApi agencies;
  @Autowired
  DocumentService documents;
  @Autowired
  DecisionService decisions;
  @Autowired
  RegisterStatistics statistics;
  @Autowired
  AuditApi audit;
  @Autowired
  JdbcClient jdbc;

  long agency;

  @BeforeEach
  void agency() {
    long region = agencies.createRegion(null, "登记测试省");
    agency = agencies.create(new AgencyDraft("reg-test", "登记测试局", "登记测试局", AgencyKind.DEPARTMENT, region,
        null, null, null, null, null, null));
  }

  long doc(DocumentKind kind, String number, String issued, DocumentStatus status, String ended) {
    return documents.create(agency, new DocumentDraft(kind, number, "文件" + number, LocalDate.parse(issued), null,
        status, ended == null ? null : LocalDate.parse(ended), null, null));
  }

  @Test
  void tableOneOfAYearFromScriptedRegisterContents() {
    // Normative documents, against the year 2024:
    doc(DocumentKind.NORMATIVE, "规1", "2021-03-01", DocumentStatus.IN_FORCE, null);      // in force
    doc(DocumentKind.NORMATIVE, "规2", "2022-06-10", DocumentStatus.REPEALED, "2024-05-20"); // repealed 2024
    doc(DocumentKind.NORMATIVE, "规3", "2024-02-01", DocumentStatus.IN_FORCE, null);      // issued 2024, in force
    doc(DocumentKind.NORMATIVE, "规4", "2024-07-01", DocumentStatus.EXPIRED, "2024-12-31"); // issued+expired 2024
    doc(DocumentKind.NORMATIVE, "规5", "2025-01-10", DocumentStatus.IN_FORCE, null);      // next year: nothing
    doc(DocumentKind.NORMATIVE, "规6", "2023-12-31", DocumentStatus.AMENDED, null);       // amended, in force
    doc(DocumentKind.NORMATIVE, "规7", "2020-01-01", DocumentStatus.EXPIRED, "2023-06-30"); // ended before 2024
    // issued = 规3 + 规4 = 2; repealed = 规2 + 规4 = 2; in force on 31 Dec = 规1, 规3, 规6 = 3
    // (规4 ended on 31 Dec itself, so it is no longer in force at the end of that day).
    doc(DocumentKind.RULE, "章1", "2019-05-05", DocumentStatus.IN_FORCE, null);
    doc(DocumentKind.RULE, "章2", "2024-09-09", DocumentStatus.IN_FORCE, null);
    // rules: issued = 章2 = 1; repealed 0; in force = 章1 + 章2 = 2.

    Map<String, String> y2024 = new HashMap<>();
    for (int m = 1; m <= 12; m++) {
      y2024.put("LICENSING_" + m, Integer.toString(m)); // 1 + 2 + … + 12 = 78
    }
    y2024.put("PENALTY_3", "2");
    y2024.put("PENALTY_11", "3");                      // 2 + 3 = 5
    y2024.put("COERCION_12", "1");                     // 1
    y2024.put("FEES_1", "12.5");
    y2024.put("FEES_2", "0.3");
    y2024.put("FEES_6", "186.63");                     // 12.5 + 0.3 + 186.63 = 199.43
    decisions.saveGrid(agency, 2024, y2024);
    decisions.saveGrid(agency, 2023, Map.of("LICENSING_1", "1000", "FEES_1", "0.1")); // another year: not counted

    Proactive t = statistics.table(agency, 2024);
    assertThat(t.normativeDocuments()).isEqualTo(new DocumentCounts(2, 2, 3));
    assertThat(t.regulations()).isEqualTo(new DocumentCounts(1, 0, 2));
    assertThat(t.licensing()).isEqualTo(78);
    assertThat(t.penalty()).isEqualTo(5);
    assertThat(t.coercion()).isEqualTo(1);
    assertThat(t.feesWanYuan()).isEqualTo("199.43");

    // 2023: normative issued = 规6 = 1; repealed = 规7 = 1; in force = 规1, 规2, 规6 = 3 (and 3 + 2 − 2 = 3 in 2024).
    Proactive earlier = statistics.table(agency, 2023);
    assertThat(earlier.normativeDocuments()).isEqualTo(new DocumentCounts(1, 1, 3));
    assertThat(earlier.licensing()).isEqualTo(1000);
    assertThat(earlier.feesWanYuan()).isEqualTo("0.1");
  }

  @Test
  void aYearWithNothingRegisteredIsAllZeros() {
    Proactive t = statistics.table(agency, 2022);
    assertThat(t.normativeDocuments()).isEqualTo(new DocumentCounts(0, 0, 0));
    assertThat(t.regulations()).isEqualTo(new DocumentCounts(0, 0, 0));
    assertThat(List.of(t.licensing(), t.penalty(), t.coercion())).containsExactly(0, 0, 0);
    assertThat(t.feesWanYuan()).isEqualTo("0");
  }

  @Test
  void whole万元AmountsPrintWithoutExponentOrTrailingZeros() {
    decisions.saveGrid(agency, 2024, Map.of("FEES_1", "60.50", "FEES_2", "39.5")); // 60.5 + 39.5 = 100
    assertThat(statistics.table(agency, 2024).feesWanYuan()).isEqualTo("100");
  }

  @Test
  void aCleanupCampaignUpdatesStatusesAndDates() {
    long keep = doc(DocumentKind.NORMATIVE, "清1", "2019-01-01", DocumentStatus.IN_FORCE, null);
    long amend = doc(DocumentKind.NORMATIVE, "清2", "2019-02-01", DocumentStatus.IN_FORCE, null);
    long repeal = doc(DocumentKind.NORMATIVE, "清3", "2019-03-01", DocumentStatus.IN_FORCE, null);
    long expire = doc(DocumentKind.RULE, "清4", "2019-04-01", DocumentStatus.AMENDED, null);
    LocalDate on = LocalDate.of(2024, 11, 28);
    long id = documents.recordCleanup(agency, "2024年度清理", on, "通知",
        Map.of(keep, CleanupOutcome.KEEP, amend, CleanupOutcome.AMEND, repeal, CleanupOutcome.REPEAL,
            expire, CleanupOutcome.EXPIRE), Map.of(repeal, "上位法已废止"));

    assertThat(documents.require(agency, keep)).extracting(RegisterDocument::status, RegisterDocument::endedOn)
        .containsExactly(DocumentStatus.IN_FORCE, null);
    assertThat(documents.require(agency, amend).status()).isEqualTo(DocumentStatus.AMENDED);
    assertThat(documents.require(agency, repeal)).extracting(RegisterDocument::status, RegisterDocument::endedOn)
        .containsExactly(DocumentStatus.REPEALED, on);
    assertThat(documents.require(agency, expire)).extracting(RegisterDocument::status, RegisterDocument::endedOn)
        .containsExactly(DocumentStatus.EXPIRED, on);
    assertThat(documents.cleanup(agency, id).items()).hasSize(4);
    assertThat(documents.cleanupsOf(agency, repeal)).singleElement()
        .satisfies(c -> assertThat(c.items().get(0).note()).isEqualTo("上位法已废止"));
    // Table 1 of 2024: normative repealed = 清3 = 1, in force = 清1 + 清2 = 2; rules repealed = 清4 = 1, in force 0.
    Proactive t = statistics.table(agency, 2024);
    assertThat(t.normativeDocuments()).isEqualTo(new DocumentCounts(0, 1, 2));
    assertThat(t.regulations()).isEqualTo(new DocumentCounts(0, 1, 0));
    // Every document's history shows the campaign.
    assertThat(audit.trail(agency, DocumentService.target(repeal))).extracting(e -> e.action())
        .containsExactly("registers.document.create", "registers.document.cleanup");
    assertThat(audit.trail(agency, DocumentService.target(repeal)).get(1).detail()).contains("废止", "已废止");
  }

  @Test
  void aCampaignCoveringADocumentNoLongerInForceSavesNothing() {
    long ok = doc(DocumentKind.NORMATIVE, "清5", "2019-01-01", DocumentStatus.IN_FORCE, null);
    long gone = doc(DocumentKind.NORMATIVE, "清6", "2019-01-01", DocumentStatus.REPEALED, "2020-01-01");
    long later = doc(DocumentKind.NORMATIVE, "清7", "2024-12-01", DocumentStatus.IN_FORCE, null);
    assertThatThrownBy(() -> documents.recordCleanup(agency, "清理", LocalDate.of(2024, 11, 28), null,
        Map.of(ok, CleanupOutcome.REPEAL, gone, CleanupOutcome.REPEAL, later, CleanupOutcome.KEEP), Map.of()))
        .isInstanceOfSatisfying(Problem.Refused.class, e -> assertThat(e.problems()).extracting(Problem::key)
            .containsExactly("registers.cleanup.notInForce", "registers.cleanup.notInForce"));
    assertThat(documents.require(agency, ok).status()).isEqualTo(DocumentStatus.IN_FORCE);
    assertThat(documents.cleanups(agency)).isEmpty();
  }

  @Test
  void duplicateNumbersAndImpossibleDatesAreRefusedAndNothingIsSaved() {
    doc(DocumentKind.NORMATIVE, "示规〔2024〕1号", "2024-01-01", DocumentStatus.IN_FORCE, null);
    long before = documents.list(agency).size();
    // The same number typed with blanks (also full-width) is the same number.
    assertThatThrownBy(() -> doc(DocumentKind.RULE, " 示规〔2024〕\u30001号 ", "2024-02-01", DocumentStatus.IN_FORCE,
        null)).isInstanceOfSatisfying(Problem.Refused.class, e -> assertThat(e.problems())
            .extracting(Problem::field, Problem::key).containsExactly(
                org.assertj.core.groups.Tuple.tuple("number", "registers.number.taken")));
    assertThatThrownBy(() -> doc(DocumentKind.NORMATIVE, "示规〔2024〕2号", "2024-05-01", DocumentStatus.REPEALED,
        "2024-04-30")).isInstanceOfSatisfying(Problem.Refused.class, e -> assertThat(e.problems())
            .extracting(Problem::key).containsExactly("registers.endedOn.beforeIssued"));
    assertThatThrownBy(() -> doc(DocumentKind.NORMATIVE, "示规〔2024〕3号", "2024-05-01", DocumentStatus.REPEALED,
        null)).isInstanceOfSatisfying(Problem.Refused.class, e -> assertThat(e.problems())
            .extracting(Problem::key).containsExactly("registers.endedOn.required"));
    assertThatThrownBy(() -> doc(DocumentKind.NORMATIVE, "示规〔2024〕4号", "2024-05-01", DocumentStatus.IN_FORCE,
        "2024-06-01")).isInstanceOfSatisfying(Problem.Refused.class, e -> assertThat(e.problems())
            .extracting(Problem::key).containsExactly("registers.endedOn.notEnded"));
    assertThat(documents.list(agency)).hasSize((int) before);
  }

  @Test
  void editingADocumentIsRecordedInItsHistory() {
    long id = doc(DocumentKind.NORMATIVE, "史1", "2024-01-01", DocumentStatus.IN_FORCE, null);
    documents.update(agency, id, new DocumentDraft(DocumentKind.NORMATIVE, "史1", "新标题", LocalDate.of(2024, 1, 1),
        null, DocumentStatus.REPEALED, LocalDate.of(2024, 6, 1), null, null));
    assertThat(audit.trail(agency, DocumentService.target(id))).hasSize(2).last()
        .satisfies(e -> assertThat(e.detail()).contains("标题：文件史1 → 新标题", "状态：现行有效 → 已废止"));
  }

  @Test
  void aGridWithOneBadCellSavesNothing() {
    decisions.saveGrid(agency, 2024, Map.of("LICENSING_1", "5"));
    assertThatThrownBy(() -> decisions.saveGrid(agency, 2024, Map.of("LICENSING_1", "9", "PENALTY_2", "-1",
        "FEES_3", "1.23456")))
        .isInstanceOfSatisfying(Problem.Refused.class, e -> assertThat(e.problems())
            .extracting(Problem::field, Problem::key).containsExactly(
                org.assertj.core.groups.Tuple.tuple("PENALTY_2", "registers.import.value.negative"),
                org.assertj.core.groups.Tuple.tuple("FEES_3", "registers.import.value.amount")));
    assertThat(statistics.table(agency, 2024).licensing()).isEqualTo(5);
  }

  @Test
  void anImportWithOneBadRowSavesNothingAndAGoodOneSavesEveryRow() {
    decisions.saveGrid(agency, 2024, Map.of("LICENSING_1", "5", "PENALTY_1", "1"));
    String bad = "月份,类别,数值\n2024-01,行政许可,7\n2024-02,行政处罚,abc\n";
    ImportPreview refused = DecisionImport.read("bad.csv", bad.getBytes(java.nio.charset.StandardCharsets.UTF_8),
        2024);
    assertThat(refused.rejected()).singleElement().satisfies(r -> {
      assertThat(r.line()).isEqualTo(3);
      assertThat(r.reasonKey()).isEqualTo("registers.import.value.count");
    });
    assertThatThrownBy(() -> decisions.saveImport(agency, refused)).isInstanceOf(Problem.Refused.class);
    assertThat(statistics.table(agency, 2024).licensing()).isEqualTo(5);

    String good = "月份,类别,数值\n2024-01,行政许可,7\n2024-02,行政事业性收费,3.25\n";
    decisions.saveImport(agency, DecisionImport.read("good.csv", good.getBytes(
        java.nio.charset.StandardCharsets.UTF_8), 2024));
    Proactive t = statistics.table(agency, 2024);
    assertThat(t.licensing()).isEqualTo(7);   // January's licensing replaced: 5 → 7
    assertThat(t.penalty()).isEqualTo(1);     // January's penalty not in the file: kept
    assertThat(t.feesWanYuan()).isEqualTo("3.25");
  }

  @Test
  void documentsInForceForFiveYearsWithoutReviewAreDue() {
    LocalDate today = LocalDate.now();
    long old = doc(DocumentKind.NORMATIVE, "旧1", today.minusYears(6).toString(), DocumentStatus.IN_FORCE, null);
    long reviewed = doc(DocumentKind.NORMATIVE, "旧2", today.minusYears(6).toString(), DocumentStatus.IN_FORCE, null);
    doc(DocumentKind.NORMATIVE, "新1", today.minusYears(1).toString(), DocumentStatus.IN_FORCE, null);
    doc(DocumentKind.NORMATIVE, "旧3", today.minusYears(7).toString(), DocumentStatus.REPEALED,
        today.minusYears(1).toString());
    documents.recordCleanup(agency, "清理", today.minusYears(2), null, Map.of(reviewed, CleanupOutcome.KEEP),
        Map.of());
    assertThat(documents.dueForReview(agency)).extracting(RegisterDocument::id).containsExactly(old);
  }
}
