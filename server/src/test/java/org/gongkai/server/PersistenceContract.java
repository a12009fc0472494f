package org.gongkai.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.gongkai.core.report.AnnualReport;
import org.gongkai.core.report.ReportFormat;
import org.gongkai.core.report.RequestCounts;
import org.gongkai.core.report.RequestRow;
import org.gongkai.core.report.RequestTable;
import org.gongkai.core.report.Section;
import org.gongkai.server.agency.Agency;
import org.gongkai.server.agency.AgencyApi;
import org.gongkai.server.agency.AgencyDraft;
import org.gongkai.server.agency.AgencyKind;
import org.gongkai.server.audit.AuditApi;
import org.gongkai.server.report.PublishedReport;
import org.gongkai.server.report.PublishedReportApi;
import org.gongkai.server.shared.Role;
import org.gongkai.server.staff.StaffApi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

/**
 * The migrations and every repository, run the same way against each supported database (subclasses choose it).
 * Each test rolls back.
 */
@Transactional
abstract class PersistenceContract extends IntegrationTest {
  @Autowired
  AgencyApi agencies;
  @Autowired
  StaffApi staff;
  @Autowired
  AuditApi audit;
  @Autowired
  PublishedReportApi reports;
  @Autowired
  UserDetailsService users;
  @Autowired
  JdbcClient jdbc;

  @Test
  void regionsNestAndAgenciesAreStoredReadAndDeactivated() {
    long province = agencies.createRegion(null, "测试省");
    long city = agencies.createRegion(province, "测试市");
    long county = agencies.createRegion(city, "测试县");
    assertThat(agencies.regionPath(county)).isEqualTo("测试省测试市测试县");
    assertThat(agencies.regionAndBelow(province)).contains(province, city, county);
    assertThatThrownBy(() -> agencies.createRegion(county, "测试乡")).isInstanceOf(IllegalArgumentException.class);

    long id = agencies.create(new AgencyDraft("test-jyj", "测试县教育局", "测试教育局", AgencyKind.DEPARTMENT, county,
        "测试路1号", "0000-1", "a@example.org", "", "工作日", "指南"));
    Agency a = agencies.require(id);
    assertThat(a.fullName()).isEqualTo("测试县教育局");
    assertThat(a.portalUrl()).isNull();
    assertThat(a.kind().reportDeadline(2025)).isEqualTo(LocalDate.of(2026, 1, 31));
    assertThatThrownBy(() -> agencies.create(new AgencyDraft("test-jyj", "重复", "重复", AgencyKind.DEPARTMENT,
        county, null, null, null, null, null, null))).isInstanceOf(AgencyApi.DuplicateCodeException.class);

    agencies.setActive(id, false);
    assertThat(agencies.require(id).active()).isFalse();
    assertThat(agencies.active()).extracting(Agency::id).doesNotContain(id);
    assertThat(agencies.findByCode("test-jyj")).isPresent();
  }

  @Test
  void staffAccountsAreStoredWithHashedPasswords() {
    long region = agencies.createRegion(null, "测试省二");
    long agency = agencies.create(new AgencyDraft("test-wjj", "测试卫健局", "测试卫健局", AgencyKind.DEPARTMENT,
        region, null, null, null, null, null, null));
    long before = staff.countUsers(agency);
    staff.createUser("test-officer", "测试经办人", Role.OFFICER, agency, null, "abcdefgh12", true);
    assertThat(staff.countUsers(agency)).isEqualTo(before + 1);
    String hash = jdbc.sql("SELECT password_hash FROM staff_user WHERE username = 'test-officer'")
        .query(String.class).single();
    assertThat(hash).startsWith("{bcrypt}").doesNotContain("abcdefgh12");
    assertThat(users.loadUserByUsername("test-officer").getAuthorities()).extracting(Object::toString)
        .containsExactly("ROLE_OFFICER");
    assertThatThrownBy(() -> staff.createUser("short", "x", Role.OFFICER, agency, null, "abc123", false))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void publishedReportsRoundTripThroughCanonicalJson() {
    long region = agencies.createRegion(null, "测试省三");
    long agency = agencies.create(new AgencyDraft("test-gov", "测试县人民政府", "测试县政府", AgencyKind.GOVERNMENT,
        region, null, null, null, null, null, null));
    RequestTable table = RequestTable.zeros(ReportFormat.F2021)
        .with(RequestRow.R1, RequestCounts.ofKinds(3, 1, 0, 0, 0, 0))
        .with(RequestRow.R3_1, RequestCounts.ofKinds(3, 1, 0, 0, 0, 0))
        .with(RequestRow.R3_7, RequestCounts.ofKinds(3, 1, 0, 0, 0, 0));
    AnnualReport report = new AnnualReport("测试县人民政府2024年政府信息公开工作年度报告", "测试县人民政府", 2024,
        ReportFormat.F2021, LocalDate.of(2025, 3, 20), "前言", List.of(new Section("一", "总体情况", "正文")),
        "测试县人民政府", null, null, table, null, List.of());
    reports.publish(agency, 2024, Instant.parse("2025-03-20T02:00:00Z"), report, "<p>html</p>");
    PublishedReport back = reports.find(agency, 2024).orElseThrow();
    assertThat(back.report()).isEqualTo(report);
    assertThat(back.html()).isEqualTo("<p>html</p>");
    assertThat(back.publishedDate()).isEqualTo(LocalDate.of(2025, 3, 20));
    reports.publish(agency, 2024, Instant.parse("2025-03-21T02:00:00Z"), report, null);
    assertThat(reports.ofAgency(agency)).hasSize(1).first().extracting(PublishedReport::html).isNull();
  }

  // --- disclosure (主动公开) ---
  @Autowired
  org.gongkai.server.disclosure.PublicationStatistics publicationStatistics;
  @Autowired
  org.springframework.test.web.servlet.MockMvc mockMvc;
  @Autowired
  org.gongkai.server.disclosure.DisclosureFixture disclosureFixture;

  @Test
  void disclosureCatalogueWorkflowSearchAndStatisticsOnThisDatabase() throws Exception {
    long region = agencies.createRegion(null, "测试省七");
    long agency = agencies.create(new AgencyDraft("test-wsj", "测试县卫生健康局", "测试卫健局", AgencyKind.DEPARTMENT,
        region, null, null, null, null, null, null));
    // The catalogue came with the agency: the Art. 20 entries and, by the name, the health entries.
    long notices = jdbc.sql("SELECT id FROM disclosure_category WHERE agency_id = :a AND name = '通知公告'")
        .param("a", agency).query(Long.class).single();
    assertThat(jdbc.sql("SELECT COUNT(*) FROM disclosure_category WHERE agency_id = :a AND name = '传染病疫情信息'")
        .param("a", agency).query(Long.class).single()).isEqualTo(1);
    disclosureFixture.publish(agency, notices, "关于开展健康促进县建设的通知",
        "<p>落实慢性病综合防控措施。</p>", LocalDate.of(2025, 4, 1));
    disclosureFixture.publish(agency, notices, "慢性病综合防控示范区复审结果公示",
        "<p>复审合格。</p>", LocalDate.of(2025, 3, 1));
    String hits = mockMvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
        .get("/agencies/test-wsj/disclosure/search?q=综合防控")).andReturn().getResponse()
        .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(hits.indexOf("慢性病综合防控示范区复审结果公示")).isPositive()
        .isLessThan(hits.indexOf("关于开展健康促进县建设的通知"));
    assertThat(publicationStatistics.total(agency, 2025)).isEqualTo(2);
    assertThat(jdbc.sql("SELECT index_number FROM publication WHERE agency_id = :a ORDER BY id").param("a", agency)
        .query(String.class).list()).containsExactly("test-wsj/2025-00001", "test-wsj/2025-00002");
  }
  // --- end disclosure ---

  // annualreport
  @Test
  void annualReportWorkspacesAndPublishedVersionsAreStored() {
    long region = agencies.createRegion(null, "测试省五");
    long agency = agencies.create(new AgencyDraft("test-ar", "测试县审计局", "测试审计局", AgencyKind.DEPARTMENT,
        region, null, null, null, null, null, null));
    org.gongkai.server.annualreport.WorkspaceRepositoryProbe.roundTrip(jdbc, agency);
    AnnualReport report = new AnnualReport("测试县审计局2025年政府信息公开工作年度报告", "测试县审计局", 2025,
        ReportFormat.F2021, null, null, List.of(new Section("一", "总体情况", "正文")), null, null, null, null, null,
        List.of());
    Instant first = Instant.parse("2026-01-20T02:00:00Z");
    assertThat(reports.publishVersion(agency, 2025, first, report, null, null)).isEqualTo(1);
    AnnualReport corrected = report.withSections(List.of(new Section("一", "总体情况", "更正后的正文")));
    assertThat(reports.publishVersion(agency, 2025, Instant.parse("2026-02-03T02:00:00Z"), corrected, "<p>2</p>",
        "更正正文")).isEqualTo(2);
    assertThat(reports.versions(agency, 2025)).extracting(v -> v.version() + ":" + v.note())
        .containsExactly("1:null", "2:更正正文");
    assertThat(reports.versions(agency, 2025).get(0).report()).isEqualTo(report);
    // The portal shows the correction, dated by the first publication.
    PublishedReport current = reports.find(agency, 2025).orElseThrow();
    assertThat(current.report()).isEqualTo(corrected);
    assertThat(current.publishedAt()).isEqualTo(first);
    assertThat(reports.firstPublished(agency, 2025)).contains(first);
  }

  @Test
  void everyChangeIsAuditedAndTheChainVerifies() {
    long before = audit.count(null);
    long region = agencies.createRegion(null, "测试省四");
    agencies.create(new AgencyDraft("test-czj", "测试财政局", "测试财政局", AgencyKind.DEPARTMENT, region, null, null,
        null, null, null, null));
    assertThat(audit.count(null)).isEqualTo(before + 2);
    assertThat(audit.verify().intact()).isTrue();
    assertThat(audit.verify().checked()).isEqualTo(before + 2);
  }

  @Test
  void editingAnAuditEntryBreaksTheChainAtThatEntry() {
    long region = agencies.createRegion(null, "测试省五");
    agencies.createRegion(region, "测试市五");
    long last = jdbc.sql("SELECT MAX(id) FROM audit_entry").query(Long.class).single();
    jdbc.sql("UPDATE audit_entry SET detail = '篡改' WHERE id = :id").param("id", last - 1).update();
    assertThat(audit.verify().intact()).isFalse();
    assertThat(audit.verify().firstBrokenId()).isEqualTo(last - 1);
  }

  @Test
  void deletingTheLastAuditEntryIsNoticed() {
    agencies.createRegion(null, "测试省六");
    long last = jdbc.sql("SELECT MAX(id) FROM audit_entry").query(Long.class).single();
    jdbc.sql("DELETE FROM audit_entry WHERE id = :id").param("id", last).update();
    assertThat(audit.verify().intact()).isFalse();
    assertThat(audit.verify().firstBrokenId()).isEqualTo(last);
  }
}
