package org.gongkai.server.annualreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.gongkai.core.report.AnnualReport;
import org.gongkai.core.report.AppealCounts;
import org.gongkai.core.report.Appeals;
import org.gongkai.core.report.Applicant;
import org.gongkai.core.report.DocumentCounts;
import org.gongkai.core.report.Finding;
import org.gongkai.core.report.Proactive;
import org.gongkai.core.report.ReportFormat;
import org.gongkai.core.report.RequestCounts;
import org.gongkai.core.report.RequestRow;
import org.gongkai.core.report.RequestTable;
import org.gongkai.core.report.Section;
import org.gongkai.core.write.OutputFormat;
import org.gongkai.core.write.ReportWriters;
import org.gongkai.server.IntegrationTest;
import org.gongkai.server.agency.AgencyApi;
import org.gongkai.server.agency.AgencyDraft;
import org.gongkai.server.agency.AgencyKind;
import org.gongkai.server.report.PublishedReportApi;
import org.gongkai.server.shared.Role;
import org.gongkai.server.shared.StaffPrincipal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;

/**
 * A scripted year on a fresh agency: the numbers below are worked out by hand (each column balances:
 * 1 + 2 = 3.7 + 4, natural 3 + 1 = 3 + 1, commercial 1 + 0 = 1 + 0, total 4 + 1 = 4 + 1).
 */
@org.springframework.context.annotation.Import(ScriptedStatistics.Config.class)
class AnnualReportWorkspaceTest extends IntegrationTest {
  private static final AtomicInteger SEQ = new AtomicInteger();
  private static final int YEAR = 2025;

  @Autowired
  ScriptedStatistics script;
  @Autowired
  AgencyApi agencies;
  @Autowired
  AnnualReportService service;
  @Autowired
  PublishedReportApi published;

  long agency;
  String code;
  StaffPrincipal officer;
  StaffPrincipal leader;

  static RequestTable table2() {
    return RequestTable.zeros(ReportFormat.F2021)
        .with(RequestRow.R1, RequestCounts.ofKinds(3, 1, 0, 0, 0, 0))
        .with(RequestRow.R2, RequestCounts.ofKinds(1, 0, 0, 0, 0, 0))
        .with(RequestRow.R3_1, RequestCounts.ofKinds(2, 0, 0, 0, 0, 0))
        .with(RequestRow.R3_2, RequestCounts.ofKinds(0, 1, 0, 0, 0, 0))
        .with(RequestRow.R3_4_1, RequestCounts.ofKinds(1, 0, 0, 0, 0, 0))
        .with(RequestRow.R3_7, RequestCounts.ofKinds(3, 1, 0, 0, 0, 0))
        .with(RequestRow.R4, RequestCounts.ofKinds(1, 0, 0, 0, 0, 0));
  }

  static Proactive table1() {
    return new Proactive(new DocumentCounts(0, 0, 0), new DocumentCounts(2, 1, 5), 346, 7, 0, "0");
  }

  static Appeals table3() {
    return new Appeals(new AppealCounts(1, 0, 0, 0, 1), new AppealCounts(0, 1, 0, 0, 1), AppealCounts.ZERO);
  }

  /** The year before: 1 request from a natural person, still open on 31 December; 4 normative documents in force. */
  AnnualReport previous(int carried) {
    RequestTable t = RequestTable.zeros(ReportFormat.F2021)
        .with(RequestRow.R1, RequestCounts.ofKinds(1, 0, 0, 0, 0, 0))
        .with(RequestRow.R3_7, RequestCounts.ofKinds(1 - carried, 0, 0, 0, 0, 0))
        .with(RequestRow.R3_1, RequestCounts.ofKinds(1 - carried, 0, 0, 0, 0, 0))
        .with(RequestRow.R4, RequestCounts.ofKinds(carried, 0, 0, 0, 0, 0));
    List<Section> sections = Section.NUMBERS.stream()
        .map(n -> new Section(n, Section.standardTitle(n), n.equals("五") ? "上年的问题是栏目更新不够及时，已经安排专人每周检查更新。" : "")).toList();
    String name = agencies.require(agency).fullName();
    return new AnnualReport(name + (YEAR - 1) + "年政府信息公开工作年度报告", name, YEAR - 1, ReportFormat.F2021,
        null, null, sections, name, new Proactive(new DocumentCounts(0, 0, 0), new DocumentCounts(1, 0, 4), 300, 5, 0,
        "0"), null, t, new Appeals(AppealCounts.ZERO, AppealCounts.ZERO, AppealCounts.ZERO), List.of());
  }

  @BeforeEach
  void scriptedAgency() {
    code = "ar-test-" + SEQ.incrementAndGet() + "-" + System.nanoTime() % 100000;
    long region = agencies.findByCode("shixian-wjj").orElseThrow().regionId();
    agency = agencies.create(new AgencyDraft(code, "示例县测试局" + code.substring(8), "测试局", AgencyKind.DEPARTMENT,
        region, "示例路8号", "0000-12345", "test@example.org", "", "工作日", "指南"));
    Map<String, Integer> categories = new LinkedHashMap<>();
    categories.put("政策文件", 70);
    categories.put("工作动态", 50);
    script.script(agency, YEAR, new ScriptedStatistics.Year(table1(), table2(), BigDecimal.ZERO, table3(), 120,
        categories));
    script.script(agency, YEAR - 1, new ScriptedStatistics.Year(table1(), table2(), BigDecimal.ZERO, table3(), 100,
        Map.of()));
    officer = new StaffPrincipal(9_000_001, "t-officer", "测试经办人", Role.OFFICER, agency, null, false, false, true, null);
    leader = new StaffPrincipal(9_000_002, "t-leader", "测试负责人", Role.LEADER, agency, null, false, false, true, null);
  }

  private List<String> codes(AnnualReport r) {
    return r.findings().stream().map(Finding::code).toList();
  }

  @Test
  void theScriptedYearCompilesIntoTheTablesAndTheDraftStatesThem() {
    published.publish(agency, YEAR - 1, Instant.parse("2025-01-20T02:00:00Z"), previous(1), null);
    AnnualReportService.View v = service.open(officer, agency, YEAR);
    AnnualReport r = v.report();
    assertThat(r.proactive()).isEqualTo(table1());
    assertThat(r.requests()).isEqualTo(table2());
    assertThat(r.appeals()).isEqualTo(table3());
    assertThat(r.title()).isEqualTo(agencies.require(agency).fullName() + "2025年政府信息公开工作年度报告");
    assertThat(r.preamble()).contains("2025年1月1日至2025年12月31日", "电话：0000-12345", "示例路8号");
    String one = r.section("一").text();
    assertThat(one).contains("主动公开政府信息120条，较上年增加20条，其中政策文件70条、工作动态50条。")
        .contains("本年共收到政府信息公开申请4件，较上年增加3件；上年结转1件。本年办结4件，其中予以公开2件，部分公开1件；结转下年度继续办理1件。")
        .contains("作出行政许可决定346件，较上年增加46件")
        .contains("本年因政府信息公开被申请行政复议1件，被提起行政诉讼1件。");
    assertThat(r.section("六").text()).contains("本年未收取信息处理费。");
    // The draft agrees with its tables and with last year's; only section 五 waits for the officer.
    assertThat(codes(r)).doesNotContain("TEXT_TABLE_MISMATCH", "CARRY_MISMATCH", "IN_FORCE_MISMATCH")
        .contains("SECTION_EMPTY");
    assertThat(v.blocked()).isFalse();
    assertThat(v.previousSource()).isEqualTo("已在本系统发布");
    assertThat(v.deadline().due()).isEqualTo(java.time.LocalDate.of(2026, 1, 31));
  }

  @Test
  void crossYearChecksCompareWithTheScriptedPreviousYear() {
    // Last year carried nothing over, but this year's row 2 says 1: 上年结转 must equal last year's row 4.
    published.publish(agency, YEAR - 1, Instant.parse("2025-01-20T02:00:00Z"), previous(0), null);
    AnnualReportService.View v = service.open(officer, agency, YEAR);
    assertThat(v.report().findings()).anyMatch(f -> f.code().equals("CARRY_MISMATCH")
        && f.where().startsWith("requests.2"));
    assertThat(v.blocked()).isTrue();
  }

  @Test
  void aNarrativeContradictingTheTablesIsFlaggedAndBlocksApproval() {
    service.saveSection(officer, agency, YEAR, "一", "本年共收到政府信息公开申请9件。");
    service.saveSection(officer, agency, YEAR, "五", "存在的主要问题是网站栏目更新不够及时，下一步将建立每周检查制度，明确专人负责。");
    AnnualReportService.View v = service.open(officer, agency, YEAR);
    assertThat(v.report().findings()).anyMatch(f -> f.code().equals("TEXT_TABLE_MISMATCH")
        && f.where().startsWith("requests.1"));
    assertThat(v.blocked()).isTrue();
    service.submit(officer, agency, YEAR);
    assertThatThrownBy(() -> service.approve(leader, agency, YEAR))
        .isInstanceOf(AnnualReportService.Refused.class).hasMessageContaining("不能批准");
    service.sendBack(leader, agency, YEAR);
    service.saveSection(officer, agency, YEAR, "一", "本年共收到政府信息公开申请4件。");
    service.submit(officer, agency, YEAR);
    service.approve(leader, agency, YEAR);
    assertThat(service.open(officer, agency, YEAR).workspace().status()).isEqualTo(Status.APPROVED);
  }

  @Test
  void aCellIsOverriddenOnlyWithAReasonAndTheOverrideIsShown() {
    assertThatThrownBy(() -> service.override(officer, agency, YEAR, "proactive.licensing", "350", ""))
        .hasMessageContaining("理由");
    assertThatThrownBy(() -> service.override(officer, agency, YEAR, "requests.9.natural", "1", "登记簿漏登一件"))
        .hasMessageContaining("单元格位置不正确");
    assertThatThrownBy(() -> service.override(officer, agency, YEAR, "proactive.licensing", "-1", "登记簿漏登一件"))
        .hasMessageContaining("非负整数");
    service.override(officer, agency, YEAR, "proactive.licensing", "350", "纸质登记的4件许可未录入系统");
    AnnualReportService.View v = service.open(officer, agency, YEAR);
    assertThat(v.report().proactive().licensing()).isEqualTo(350);
    assertThat(v.overrides()).singleElement().satisfies(o -> {
      assertThat(o.reason()).isEqualTo("纸质登记的4件许可未录入系统");
      assertThat(o.createdBy()).isEqualTo("t-officer");
    });
    // The drafted sentence still says 346: the check sees the contradiction.
    assertThat(v.report().findings()).anyMatch(f -> f.code().equals("TEXT_TABLE_MISMATCH"));
  }

  @Test
  void officerSubmitsLeaderApprovesAndPublishesThenACorrectionKeepsBothVersions() throws Exception {
    String base = "/admin/agencies/" + agency + "/annual-reports/" + YEAR;
    String page = mvc.perform(get(base).with(user(officer))).andReturn().getResponse().getContentAsString();
    assertThat(page).contains("本年共收到政府信息公开申请4件", "id=\"cell-requests.1.total\"", "第一部分");
    mvc.perform(post(base + "/sections").with(user(officer)).with(csrf()).param("number", "五")
        .param("text", "存在的主要问题是网站栏目更新不够及时，下一步将建立每周检查制度，明确专人负责。"));
    mvc.perform(post(base + "/submit").with(user(officer)).with(csrf()));
    assertThat(mvc.perform(post(base + "/approve").with(user(officer)).with(csrf())).andReturn().getResponse()
        .getStatus()).isEqualTo(403);
    mvc.perform(post(base + "/approve").with(user(leader)).with(csrf()));
    mvc.perform(post(base + "/publish").with(user(leader)).with(csrf()));
    assertThat(published.versions(agency, YEAR)).hasSize(1);

    String portal = mvc.perform(get("/agencies/" + code + "/reports/" + YEAR)).andReturn().getResponse()
        .getContentAsString();
    assertThat(portal).contains("本年共收到政府信息公开申请4件", "download/docx", "download/pdf", "download/xlsx");
    String agencyPage = mvc.perform(get("/agencies/" + code)).andReturn().getResponse().getContentAsString();
    // Published in 2026 after 31 January: the portal list flags it.
    assertThat(agencyPage).contains("逾期发布");

    byte[] docx = download("docx");
    try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx));
        XWPFWordExtractor x = new XWPFWordExtractor(d)) {
      assertThat(x.getText()).contains("本年共收到政府信息公开申请4件");
    }
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(download("xlsx")))) {
      assertThat(wb.getNumberOfSheets()).isEqualTo(3);
    }
    try (PDDocument pdf = Loader.loadPDF(download("pdf"))) {
      assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", ""))
          .contains("政府信息公开工作年度报告", "本年共收到政府信息公开申请4件", "（一）予以公开");
      assertThat(new PDFRenderer(pdf).renderImageWithDPI(0, 50).getWidth()).isGreaterThan(300);
    }

    // Corrections: a new version with its note; the first stays.
    mvc.perform(post(base + "/correct").with(user(officer)).with(csrf()));
    mvc.perform(post(base + "/sections").with(user(officer)).with(csrf()).param("number", "六")
        .param("text", "（一）收取信息处理费情况\n本年未收取信息处理费。\n（二）其他需要报告的事项\n本年开通了在线申请渠道。"));
    mvc.perform(post(base + "/submit").with(user(officer)).with(csrf()));
    mvc.perform(post(base + "/approve").with(user(leader)).with(csrf()));
    mvc.perform(post(base + "/publish").with(user(leader)).with(csrf()));
    assertThat(published.versions(agency, YEAR)).hasSize(1);
    mvc.perform(post(base + "/publish").with(user(leader)).with(csrf()).param("note", "补充第六部分其他事项"));
    var versions = published.versions(agency, YEAR);
    assertThat(versions).hasSize(2);
    assertThat(versions.get(0).report().section("六").text()).doesNotContain("在线申请渠道");
    assertThat(versions.get(1).report().section("六").text()).contains("在线申请渠道");
    assertThat(versions.get(1).note()).isEqualTo("补充第六部分其他事项");
    assertThat(mvc.perform(get("/agencies/" + code + "/reports/" + YEAR)).andReturn().getResponse()
        .getContentAsString()).contains("第1版", "第2版", "补充第六部分其他事项", "在线申请渠道");
  }

  private byte[] download(String ext) throws Exception {
    var res = mvc.perform(get("/agencies/" + code + "/reports/" + YEAR + "/download/" + ext)).andReturn().getResponse();
    assertThat(res.getStatus()).as(ext).isEqualTo(200);
    return res.getContentAsByteArray();
  }

  @Test
  void anEarlierYearImportedFromItsPublishedFormServesTheCrossYearChecks() throws Exception {
    byte[] text = ReportWriters.write(previous(0), OutputFormat.TXT);
    mvc.perform(multipart("/admin/agencies/" + agency + "/annual-reports/import")
        .file(new MockMultipartFile("file", "2024年报.txt", "text/plain", text)).param("back", "2025")
        .with(user(officer)).with(csrf()));
    AnnualReportService.View v = service.open(officer, agency, YEAR);
    assertThat(v.previousSource()).isEqualTo("导入自 2024年报.txt");
    assertThat(v.previous().requests().cell(RequestRow.R4, Applicant.TOTAL)).isZero();
    assertThat(v.report().findings()).anyMatch(f -> f.code().equals("CARRY_MISMATCH"));
    assertThatThrownBy(() -> service.importEarlier(officer, agency, "x.txt", "不是年度报告".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(AnnualReportService.Refused.class);
  }

  @Test
  void deadlinesFollowTheAgencyKind() {
    var dept = agencies.require(agency);
    assertThat(Deadline.of(dept, 2025, java.time.LocalDate.of(2026, 1, 21), null).daysLeft()).isEqualTo(10);
    assertThat(Deadline.of(dept, 2025, java.time.LocalDate.of(2026, 2, 1), null).late()).isTrue();
    assertThat(Deadline.of(dept, 2025, java.time.LocalDate.of(2026, 3, 1), java.time.LocalDate.of(2026, 1, 31)).late())
        .isFalse();
    var gov = agencies.findByCode("shixian-gov").orElseThrow();
    assertThat(Deadline.of(gov, 2025, java.time.LocalDate.of(2026, 3, 1), null).due())
        .isEqualTo(java.time.LocalDate.of(2026, 3, 31));
    assertThat(Deadline.of(gov, 2025, java.time.LocalDate.of(2026, 3, 1), null).late()).isFalse();
  }
}
