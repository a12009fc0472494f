package org.gongkai.server.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.gongkai.core.report.Applicant;
import org.gongkai.core.report.RequestRow;
import org.gongkai.server.IntegrationTest;
import org.gongkai.server.agency.AgencyApi;
import org.gongkai.server.agency.AgencyDraft;
import org.gongkai.server.agency.AgencyKind;
import org.gongkai.server.shared.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/** The request register's migration and repository on each supported database; each test rolls back. */
@Transactional
abstract class RequestPersistenceContract extends IntegrationTest {
  @Autowired
  AgencyApi agencies;
  @Autowired
  RequestService service;
  @Autowired
  RequestRepository repository;
  @Autowired
  RequestStatistics statistics;
  @Autowired
  JdbcClient jdbc;
  @Autowired
  ApiKeys apiKeys;

  private long agency() {
    long region = agencies.createRegion(null, "持久化测试省");
    return agencies.create(new AgencyDraft("persist-req", "持久化测试局", "测试局", AgencyKind.DEPARTMENT, region,
        null, null, null, null, null, null));
  }

  @Test
  void requestsHistoryAttachmentsAndStatisticsRoundTrip() {
    long agency = agency();
    RequestService.Actor officer = new RequestService.Actor("officer", Role.OFFICER, agency);
    byte[] pdf = new byte[1_500_000];
    System.arraycopy("%PDF-1.4".getBytes(), 0, pdf, 0, 8);
    RequestService.Registered r = service.register(new NewRequest(agency, Channel.IN_PERSON, LocalDate.of(2024, 12, 20),
        ApplicantKind.LEGAL, "某律师事务所", "钱某", IdType.CREDIT_CODE, "91110000MA00000001", "01012345678",
        "某市某区某路1号", null, "100000", "某项目的环评批复", "诉讼", ProvisionForm.PAPER, Delivery.PICK_UP,
        "persist-token", null), List.of(new Upload("扫描件.pdf", "application/pdf", pdf)), officer);
    assertThat(r.trackingCode()).hasSize(10);
    assertThat(service.register(new NewRequest(agency, Channel.IN_PERSON, LocalDate.of(2024, 12, 20),
        ApplicantKind.LEGAL, "x", null, IdType.OTHER, "1", "2", null, null, null, "y", null, ProvisionForm.PAPER,
        Delivery.PICK_UP, "persist-token", null), List.of(), officer).id()).isEqualTo(r.id());

    DisclosureRequest stored = service.require(r.id());
    assertThat(stored.number()).isEqualTo("〔2024〕1号");
    assertThat(stored.idNumberEnc()).doesNotContain("91110000MA00000001");
    assertThat(jdbc.sql("SELECT phone_enc FROM disclosure_request WHERE id = :id").param("id", r.id())
        .query(String.class).single()).doesNotContain("01012345678");
    assertThat(repository.attachmentContent(repository.attachments(r.id()).get(0).id()).orElseThrow()).isEqualTo(pdf);

    service.act(r.id(), Step.ACCEPT, StepInput.on(LocalDate.of(2024, 12, 20)), officer);
    service.act(r.id(), Step.REPLY, new StepInput(LocalDate.of(2025, 1, 6), null, null, "3.2", "第三十七条", "部分公开",
        null), officer);
    List<HistoryEntry> h = service.history(r.id());
    assertThat(h).extracting(HistoryEntry::step).containsExactly(Step.REGISTER, Step.ACCEPT, Step.REPLY);
    assertThat(h.get(2).code()).isEqualTo("3.2");
    assertThat(h.get(2).recordedAt()).isBeforeOrEqualTo(Instant.now());

    assertThat(statistics.table(agency, 2024).cell(RequestRow.R4, Applicant.LEGAL)).isEqualTo(1);
    assertThat(statistics.table(agency, 2025).cell(RequestRow.R2, Applicant.LEGAL)).isEqualTo(1);
    assertThat(statistics.table(agency, 2025).cell(RequestRow.R3_2, Applicant.TOTAL)).isEqualTo(1);
    assertThat(statistics.table(agency, 2025).cell(RequestRow.R4, Applicant.TOTAL)).isZero();

    DisclosureRequest replied = service.require(r.id());
    assertThat(repository.update(replied, RequestState.IN_PROGRESS)).isFalse();
  }

  /** Random registers stored in the database: the table counted there must equal a plain recount. */
  @Test
  void tableCountedInTheDatabaseEqualsARecount() {
    long agency = agency();
    int[] seq = {0};
    org.quicktheories.QuickTheory.qt().withExamples(40).forAll(
        org.quicktheories.generators.SourceDSL.lists().of(TableCounterPropertyTest.entry()).ofSizeBetween(0, 40),
        org.quicktheories.generators.SourceDSL.integers().between(2020, 2027)).checkAssert((entries, year) -> {
          jdbc.sql("DELETE FROM disclosure_request WHERE agency_id = :a").param("a", agency).update();
          for (TableCounter.Entry e : entries) {
            seq[0]++;
            jdbc.sql("INSERT INTO disclosure_request (agency_id, number_year, number_seq, tracking_code, secret_enc, "
                    + "channel, received_on, applicant_kind, applicant_name, id_type, id_number_enc, phone_enc, "
                    + "description, provision_form, delivery, state, outcome, outcome_on, created_at) VALUES (:a, "
                    + ":y, :s, :t, 'x', 'ONLINE', :r, :k, '某某', 'ID_CARD', 'x', 'x', '某文件', 'ELECTRONIC', "
                    + "'EMAIL', :state, :o, :oo, :now)")
                .param("a", agency).param("y", e.received().getYear()).param("s", seq[0])
                .param("t", "PROP" + seq[0]).param("r", e.received()).param("k", e.kind().name())
                .param("state", e.outcome() == null ? "IN_PROGRESS" : "REPLIED")
                .param("o", e.outcome() == null ? null : e.outcome().code()).param("oo", e.outcomeOn())
                .param("now", java.time.OffsetDateTime.now()).update();
          }
          assertThat(statistics.table(agency, year)).isEqualTo(TableCounterPropertyTest.recount(entries, year));
        });
  }

  @Test
  void settingsAndTemplatesAreUpserted() {
    long agency = agency();
    assertThat(repository.replyReview(agency)).isFalse();
    repository.setReplyReview(agency, true);
    repository.setReplyReview(agency, true);
    assertThat(repository.replyReview(agency)).isTrue();
    assertThat(repository.template(agency, LetterKind.FEE)).isEmpty();
    repository.saveTemplate(agency, LetterKind.FEE, "甲", Instant.now());
    repository.saveTemplate(agency, LetterKind.FEE, "乙", Instant.now());
    assertThat(repository.template(agency, LetterKind.FEE)).contains("乙");
  }

  @Test
  void apiKeysAreStoredAsHashesFoundByTheClearKeyAndRevokedOnce() {
    long agency = agency();
    ApiKeys.Created c = apiKeys.create(agency, "省级统一受理平台", "wjj-admin");
    assertThat(c.clearKey()).startsWith("gk_").hasSize(46);
    assertThat(c.key().hint()).isEqualTo(c.clearKey().substring(0, 8));
    assertThat(jdbc.sql("SELECT key_hash FROM request_api_key WHERE id = :id").param("id", c.key().id())
        .query(String.class).single()).isEqualTo(ApiKeys.hash(c.clearKey()));
    // SHA-256 of "abc" (FIPS 180-2 test vector).
    assertThat(ApiKeys.hash("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    assertThat(apiKeys.byClearKey(c.clearKey())).get().extracting(ApiKey::id, ApiKey::agencyId, ApiKey::active)
        .containsExactly(c.key().id(), agency, true);
    assertThat(apiKeys.byClearKey(c.clearKey() + "x")).isEmpty();
    assertThat(apiKeys.byClearKey(null)).isEmpty();
    apiKeys.used(c.key().id());
    assertThat(apiKeys.byId(c.key().id()).orElseThrow().lastUsedAt()).isNotNull();
    assertThat(apiKeys.revoke(c.key().id(), "wjj-admin")).isTrue();
    assertThat(apiKeys.revoke(c.key().id(), "wjj-admin")).isFalse();
    ApiKey revoked = apiKeys.byClearKey(c.clearKey()).orElseThrow();
    assertThat(revoked.active()).isFalse();
    assertThat(revoked.revokedBy()).isEqualTo("wjj-admin");
    assertThat(apiKeys.of(agency)).extracting(ApiKey::id).containsExactly(c.key().id());
  }

  @Test
  void platformReferencesAreUniquePerAgency() {
    long agency = agency();
    RequestService.Actor platform = new RequestService.Actor("平台接口密钥#1（测试）", null, agency);
    NewRequest n = new NewRequest(agency, Channel.ONLINE, LocalDate.of(2025, 3, 3), ApplicantKind.NATURAL, "李四",
        null, IdType.PASSPORT, "E12345678", "13800000000", null, "l@example.org", null, "某文件", null,
        ProvisionForm.ELECTRONIC, Delivery.EMAIL, null, "SD-1");
    RequestService.Registered first = service.register(n, List.of(), platform);
    assertThat(first.repeated()).isFalse();
    assertThat(service.register(n, List.of(), platform)).extracting(RequestService.Registered::id,
        RequestService.Registered::repeated).containsExactly(first.id(), true);
    assertThat(repository.byPlatformRef(agency, "SD-1")).get().extracting(DisclosureRequest::id).isEqualTo(first.id());
    assertThat(repository.byPlatformRef(agency, "SD-2")).isEmpty();
    assertThat(service.history(first.id()).get(0).actor()).isEqualTo("平台接口密钥#1（测试）");
  }
}
