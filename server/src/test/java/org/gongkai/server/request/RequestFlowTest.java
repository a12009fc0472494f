package org.gongkai.server.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.gongkai.core.deadline.Deadline;
import org.gongkai.core.report.Applicant;
import org.gongkai.core.report.RequestRow;
import org.gongkai.server.IntegrationTest;
import org.gongkai.server.agency.AgencyApi;
import org.gongkai.server.shared.Role;
import org.gongkai.server.shared.StaffPrincipal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MvcResult;

/** The procedure end to end on the shared context: deadlines, lapses, personal data, letters, the public form. */
class RequestFlowTest extends IntegrationTest {
  @Autowired
  RequestService service;
  @Autowired
  LapseJob lapses;
  @Autowired
  Deadlines deadlines;
  @Autowired
  RequestStatistics statistics;
  @Autowired
  AgencyApi agencies;
  @Autowired
  JdbcClient jdbc;
  @Autowired
  UserDetailsService users;
  @Autowired
  V152__request_applicant_fingerprints fingerprints;
  @Autowired
  javax.sql.DataSource dataSource;

  private long agency;
  private RequestService.Actor officer;
  private RequestService.Actor leader;

  @BeforeEach
  void setUp() {
    agency = agencies.findByCode("shixian-wjj").orElseThrow().id();
    officer = new RequestService.Actor("wjj-officer", Role.OFFICER, agency);
    leader = new RequestService.Actor("wjj-leader", Role.LEADER, agency);
  }

  private long register(String name, LocalDate received) {
    return service.register(new NewRequest(agency, Channel.REGISTERED_MAIL, received, ApplicantKind.NATURAL, name, null,
        IdType.ID_CARD, "110101199001011234", "13812345678", "北京市海淀区中关村大街1号", "a@example.org", null,
        "本县2024年医疗机构名单", null, ProvisionForm.PAPER, Delivery.POST, null, null), List.of(), officer).id();
  }

  private long registerAs(String name, IdType idType, String idNumber, LocalDate received) {
    return service.register(new NewRequest(agency, Channel.REGISTERED_MAIL, received, ApplicantKind.NATURAL, name, null,
        idType, idNumber, "13812345678", null, null, null, "本县2023年医疗机构名单", null, ProvisionForm.PAPER,
        Delivery.POST, null, null), List.of(), officer).id();
  }

  @Test
  void anApplicantsRequestsInAMonthAreCountedByIdentityDocumentNotByName() throws Exception {
    LocalDate may = LocalDate.of(2023, 5, 8);
    // Two people called 王芳, and the first typing her name and her number's check letter differently once.
    long first = registerAs("王芳", IdType.ID_CARD, "11010119900101111X", may);
    long other = registerAs("王芳", IdType.ID_CARD, "110101199202022222", may.plusDays(1));
    long again = registerAs("王 芳", IdType.ID_CARD, "110101 19900101111x", may.plusDays(2));
    long june = registerAs("王芳", IdType.ID_CARD, "11010119900101111X", may.plusMonths(1));
    long passport = registerAs("王芳", IdType.PASSPORT, "11010119900101111X", may.plusDays(3));
    assertThat(service.nthInMonth(service.require(first))).isEqualTo(2);
    assertThat(service.nthInMonth(service.require(again))).isEqualTo(2);
    assertThat(service.nthInMonth(service.require(other))).isEqualTo(1);
    assertThat(service.nthInMonth(service.require(june))).isEqualTo(1);
    assertThat(service.nthInMonth(service.require(passport))).isEqualTo(1);
    // The fingerprint is not the number, and one stored before fingerprints existed gets the same one from V152.
    String fp = jdbc.sql("SELECT applicant_fp FROM disclosure_request WHERE id = :id").param("id", first)
        .query(String.class).single();
    assertThat(fp).hasSize(64).doesNotContain("1101011990");
    jdbc.sql("UPDATE disclosure_request SET applicant_fp = NULL WHERE id = :id").param("id", first).update();
    try (java.sql.Connection c = dataSource.getConnection()) {
      assertThat(fingerprints.fill(c)).isEqualTo(1);
    }
    assertThat(jdbc.sql("SELECT applicant_fp FROM disclosure_request WHERE id = :id").param("id", first)
        .query(String.class).single()).isEqualTo(fp);
  }

  private StepInput in(LocalDate on, LocalDate second, Integer n, String code, String basis, String text) {
    return new StepInput(on, second, n, code, basis, text, null);
  }

  @Test
  void aConsultationAcrossNationalDayPausesTheClock() throws Exception {
    long id = register("期限测试甲", LocalDate.of(2024, 9, 27));
    // Received Fri 2024-09-27 (not counted). Counted: 09-29 (Sun, make-up day) 1, 09-30 2, 10-01..07 holiday,
    // 10-08 3, 10-09 4, 10-10 5, 10-11 6, 10-12 (Sat, make-up) 7, 10-14..18 8-12, 10-21..25 13-17,
    // 10-28 18, 10-29 19, 10-30 20 → due 2024-10-30 without pauses.
    Deadline plain = deadlines.reply(service.require(id), service.history(id));
    assertThat(plain.due()).isEqualTo(LocalDate.of(2024, 10, 30));
    service.act(id, Step.ACCEPT, StepInput.on(LocalDate.of(2024, 9, 29)), officer);
    // Letter sent 10-08, answer received 10-10: the working days after 10-08 up to 10-10 (10-09, 10-10) do not
    // count, so the due date moves 2 working days: 10-31 (Thu), 11-01 (Fri).
    service.act(id, Step.START_CONSULTATION, in(LocalDate.of(2024, 10, 8), null, null, "THIRD_PARTY", null, "某公司"),
        officer);
    service.act(id, Step.END_CONSULTATION, StepInput.on(LocalDate.of(2024, 10, 10)), officer);
    Deadline paused = deadlines.reply(service.require(id), service.history(id));
    assertThat(paused.due()).isEqualTo(LocalDate.of(2024, 11, 1));
    assertThat(paused.pausedWorkdays()).isEqualTo(2);
    // An approved extension of 5 working days: 11-04, 05, 06, 07, 08 → 2024-11-08.
    service.act(id, Step.REQUEST_EXTENSION, in(LocalDate.of(2024, 10, 28), null, 5, null, null, "需调取档案"), officer);
    assertThat(service.require(id).pending()).isEqualTo(StateMachine.Pending.EXTENSION);
    assertThatThrownBy(() -> service.act(id, Step.APPROVE_EXTENSION, StepInput.on(LocalDate.of(2024, 10, 29)),
        officer)).isInstanceOf(AccessDeniedException.class);
    service.act(id, Step.APPROVE_EXTENSION, StepInput.on(LocalDate.of(2024, 10, 29)), leader);
    assertThat(service.require(id).state()).isEqualTo(RequestState.EXTENDED);
    assertThat(deadlines.reply(service.require(id), service.history(id)).due()).isEqualTo(LocalDate.of(2024, 11, 8));

    String page = page("/admin/requests/" + id, "wjj-officer");
    assertThat(page).contains("2024-11-08").contains("国庆节").contains("110***********1234")
        .contains("138****5678").doesNotContain("110101199001011234");
  }

  @Test
  void correctionRestartsTheClock() {
    long id = register("期限测试乙", LocalDate.of(2024, 9, 27));
    service.act(id, Step.ASK_CORRECTION, in(LocalDate.of(2024, 9, 30), LocalDate.of(2024, 10, 15), null, null, null,
        "请写明年份"), officer);
    assertThat(service.require(id).state()).isEqualTo(RequestState.AWAITING_CORRECTION);
    assertThatThrownBy(() -> service.act(id, Step.REPLY, in(LocalDate.of(2024, 10, 1), null, null, "3.1", "x", null),
        officer)).isInstanceOf(StepException.class).hasMessageContaining("等待补正");
    service.act(id, Step.CORRECTION_RECEIVED, StepInput.on(LocalDate.of(2024, 10, 9)), officer);
    // From 10-09 (not counted): 10-10 1, 10-11 2, 10-12 (Sat, make-up) 3, 10-14..18 4-8, 10-21..25 9-13,
    // 10-28..31 14-17, 11-01 18, 11-04 19, 11-05 20 → 2024-11-05.
    assertThat(deadlines.reply(service.require(id), service.history(id)).due()).isEqualTo(LocalDate.of(2024, 11, 5));
  }

  @Test
  void anUnansweredCorrectionLapsesIntoRow361OnlyWhenTheOfficerConfirms() {
    long id = register("逾期测试", LocalDate.of(2024, 3, 1));
    service.act(id, Step.ASK_CORRECTION, in(LocalDate.of(2024, 3, 4), LocalDate.of(2024, 3, 14), null, null, null,
        "请写明信息名称"), officer);
    int before = statistics.table(agency, 2024).cell(RequestRow.R3_6_1, Applicant.NATURAL);
    lapses.detect(LocalDate.of(2024, 3, 14));
    assertThat(service.require(id).lapseOutcome()).isNull();
    lapses.detect(LocalDate.of(2024, 3, 15));
    DisclosureRequest proposed = service.require(id);
    assertThat(proposed.lapseOutcome()).isEqualTo(RequestRow.R3_6_1);
    assertThat(proposed.state()).isEqualTo(RequestState.AWAITING_CORRECTION);
    assertThat(statistics.table(agency, 2024).cell(RequestRow.R3_6_1, Applicant.NATURAL)).isEqualTo(before);
    service.act(id, Step.CONFIRM_LAPSE, StepInput.on(LocalDate.of(2024, 3, 18)), officer);
    assertThat(service.require(id).state()).isEqualTo(RequestState.CLOSED);
    assertThat(statistics.table(agency, 2024).cell(RequestRow.R3_6_1, Applicant.NATURAL)).isEqualTo(before + 1);
  }

  @Test
  void anUnpaidFeeLapsesIntoRow362AfterTwentyWorkingDays() {
    long id = register("收费测试", LocalDate.of(2024, 9, 20));
    // 按件计收, the 15th request of the month: 100 yuan (core FeeCalculator).
    service.act(id, Step.ISSUE_FEE_NOTICE, in(LocalDate.of(2024, 9, 24), LocalDate.of(2024, 9, 27), 15, "BY_COUNT",
        null, null), officer);
    assertThat(service.history(id).get(1).amount()).isEqualTo(10_000L);
    // Notice received 09-27: 20 working days from the next day end on 2024-10-30 (see docs/deadlines.md).
    lapses.detect(LocalDate.of(2024, 10, 30));
    assertThat(service.require(id).lapseOutcome()).isNull();
    lapses.detect(LocalDate.of(2024, 10, 31));
    assertThat(service.require(id).lapseOutcome()).isEqualTo(RequestRow.R3_6_2);
  }

  @Test
  void feesPaidAreSummedForTheYear() {
    long id = register("缴费测试", LocalDate.of(2023, 6, 1));
    java.math.BigDecimal before = statistics.feesCollectedYuan(agency, 2023);
    service.act(id, Step.ISSUE_FEE_NOTICE, in(LocalDate.of(2023, 6, 2), null, 150, "BY_VOLUME", null, null), officer);
    service.act(id, Step.FEE_PAID, StepInput.on(LocalDate.of(2023, 6, 9)), officer);
    assertThat(statistics.feesCollectedYuan(agency, 2023)).isEqualByComparingTo(before.add(
        java.math.BigDecimal.valueOf(1700)));
    assertThat(service.require(id).state()).isEqualTo(RequestState.IN_PROGRESS);
  }

  @Test
  void revealingPersonalDataIsAuditedAndTheReplyLetterIsADocx() throws Exception {
    long id = register("答复测试", LocalDate.of(2025, 3, 3));
    service.act(id, Step.REPLY, in(LocalDate.of(2025, 3, 10), null, null, "3.4.1",
        Outcomes.defaultBasis(RequestRow.R3_4_1), "经检索，本机关未制作或获取该信息"), officer);
    long audits = jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'request.reveal'").query(Long.class).single();
    String shown = mvc.perform(post("/admin/requests/" + id + "/reveal").with(csrf()).with(user(staff("wjj-officer"))))
        .andReturn().getResponse().getContentAsString();
    assertThat(shown).contains("110101199001011234").contains("13812345678");
    assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'request.reveal'").query(Long.class).single())
        .isEqualTo(audits + 1);
    assertThat(mvc.perform(post("/admin/requests/" + id + "/reveal").with(csrf()).with(user(staff("wjj-leader"))))
        .andReturn().getResponse().getStatus()).isEqualTo(403);

    MvcResult letter = mvc.perform(get("/admin/requests/" + id + "/letters/REPLY_UNABLE")
        .with(user(staff("wjj-officer")))).andReturn();
    assertThat(letter.getResponse().getHeader("Content-Disposition")).startsWith("attachment");
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(letter.getResponse().getContentAsByteArray()));
         XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
      assertThat(text.getText()).contains("答复测试").contains("示例县卫生健康局").contains("第三十六条第（四）项")
          .contains("60日内").contains("6个月内").contains("2025年3月3日").doesNotContain("{");
    }
    MvcResult pdf = mvc.perform(get("/admin/requests/" + id + "/letters/REPLY_UNABLE").param("format", "pdf")
        .with(user(staff("wjj-officer")))).andReturn();
    assertThat(pdf.getResponse().getContentType()).isEqualTo("application/pdf");
    try (org.apache.pdfbox.pdmodel.PDDocument doc =
        org.apache.pdfbox.Loader.loadPDF(pdf.getResponse().getContentAsByteArray())) {
      String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", "");
      assertThat(text).contains("答复测试").contains("示例县卫生健康局").contains("第三十六条第（四）项")
          .contains("60日内").contains("6个月内").contains("2025年3月3日").doesNotContain("{");
    }
    assertThat(mvc.perform(get("/admin/requests/" + id + "/letters/CORRECTION").with(user(staff("wjj-officer"))))
        .andReturn().getResponse().getStatus()).isEqualTo(400);
  }

  @Test
  void thePublicFormRefusesBadInputInChineseAndStoresNothing() throws Exception {
    long before = count();
    String page = apply(multipart("/agencies/shixian-wjj/apply").params(fields("坏输入甲", "")).param("token", java.util.UUID.randomUUID().toString()));
    assertThat(page).contains("请填写证件号码");
    page = apply(multipart("/agencies/shixian-wjj/apply")
        .file(new MockMultipartFile("files", "scan.pdf", "application/pdf", "MZ not a pdf".getBytes()))
        .params(fields("坏输入乙", "110101199001011234")));
    assertThat(page).contains("不是PDF、JPG、PNG或DOCX");
    byte[] big = new byte[(int) AttachmentSniffer.MAX_BYTES + 1];
    big[0] = '%';
    big[1] = 'P';
    big[2] = 'D';
    big[3] = 'F';
    big[4] = '-';
    page = apply(multipart("/agencies/shixian-wjj/apply")
        .file(new MockMultipartFile("files", "big.pdf", "application/pdf", big))
        .params(fields("坏输入丙", "110101199001011234")));
    assertThat(page).contains("超过10MB");
    assertThat(count()).isEqualTo(before);
  }

  @Test
  void scriptIsStoredAsTextAndEscapedAndADoubleSubmissionRegistersOnce() throws Exception {
    long before = count();
    String token = java.util.UUID.randomUUID().toString();
    String script = "<script>alert(1)</script>";
    for (int i = 0; i < 2; i++) {
      MvcResult r = mvc.perform(multipart("/agencies/shixian-wjj/apply").with(csrf())
          .params(fields(script, "110101199001011234")).param("token", token)).andReturn();
      assertThat(r.getResponse().getRedirectedUrl()).isEqualTo("/requests/receipt");
    }
    assertThat(count()).isEqualTo(before + 1);
    long id = jdbc.sql("SELECT id FROM disclosure_request WHERE idempotency_token = :t").param("t", token)
        .query(Long.class).single();
    assertThat(service.require(id).applicantName()).isEqualTo(script);
    String page = page("/admin/requests/" + id, "wjj-officer");
    assertThat(page).doesNotContain(script).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
  }

  private static org.springframework.util.LinkedMultiValueMap<String, String> fields(String name, String idNumber) {
    org.springframework.util.LinkedMultiValueMap<String, String> m = new org.springframework.util.LinkedMultiValueMap<>();
    m.add("kind", "NATURAL");
    m.add("name", name);
    m.add("idType", "ID_CARD");
    m.add("idNumber", idNumber);
    m.add("phone", "13812345678");
    m.add("email", "a@example.org");
    m.add("description", "本县医疗机构名单");
    m.add("provisionForm", "ELECTRONIC");
    m.add("delivery", "EMAIL");
    return m;
  }

  private String apply(org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder b)
      throws Exception {
    MvcResult r = mvc.perform(b.with(csrf())).andReturn();
    assertThat(r.getResponse().getStatus()).isEqualTo(200);
    return r.getResponse().getContentAsString();
  }

  private long count() {
    return jdbc.sql("SELECT COUNT(*) FROM disclosure_request").query(Long.class).single();
  }

  private StaffPrincipal staff(String username) {
    return (StaffPrincipal) users.loadUserByUsername(username);
  }

  private String page(String path, String username) throws Exception {
    MvcResult r = mvc.perform(get(path).with(user(staff(username)))).andReturn();
    assertThat(r.getResponse().getStatus()).isEqualTo(200);
    return r.getResponse().getContentAsString();
  }
}
