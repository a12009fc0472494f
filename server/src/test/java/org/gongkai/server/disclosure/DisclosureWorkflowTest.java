package org.gongkai.server.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.gongkai.server.IntegrationTest;
import org.gongkai.server.agency.AgencyApi;
import org.gongkai.server.shared.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/** The publication workflow on the shared demo context; every test rolls back. */
@Transactional
class DisclosureWorkflowTest extends IntegrationTest {
  static final Actor OFFICER = new Actor(null, "测试经办人", Role.OFFICER);
  static final Actor REVIEWER = new Actor(null, "测试审核人", Role.REVIEWER);
  static final Actor LEADER = new Actor(null, "测试负责人", Role.LEADER);
  static final Actor ADMIN = new Actor(null, "测试管理员", Role.AGENCY_ADMIN);

  @Autowired
  Publications publications;
  @Autowired
  PublicationRepository repo;
  @Autowired
  Catalogue catalogue;
  @Autowired
  ReviewSettings settings;
  @Autowired
  AgencyApi agencies;
  @Autowired
  JdbcClient jdbc;

  long agency;
  long news;

  @BeforeEach
  void setUp() {
    agency = agencies.findByCode("shixian-jyj").orElseThrow().id();
    news = catalogue.categories(agency).stream().filter(c -> c.name().equals("工作动态")).findFirst().orElseThrow().id();
  }

  PublicationForm form(String title, LocalDate written) {
    PublicationForm f = new PublicationForm();
    f.setTitle(title);
    f.setIssuingBody("示例县教育局");
    f.setDateWritten(written);
    f.setCategoryId(news);
    f.setBody("<p>正文<script>alert(1)</script><a href=\"javascript:x()\">链接</a></p>");
    f.setValidity(Validity.IN_FORCE);
    return f;
  }

  long publishedItem(String title, LocalDate written, LocalDate on) {
    long id = publications.create(agency, OFFICER, form(title, written));
    publications.submit(agency, id, OFFICER);
    for (int i = 0; i < settings.steps(agency).size(); i++) {
      publications.review(agency, id, REVIEWER, true, null);
    }
    publications.approve(agency, id, LEADER, true, null, on);
    return id;
  }

  @Test
  void eachStepIsAllowedOnlyToItsRoleAndRecorded() {
    assertThatThrownBy(() -> publications.create(agency, REVIEWER, form("标题", LocalDate.of(2025, 3, 3))))
        .hasMessage("您的角色不能起草信息。");
    long id = publications.create(agency, OFFICER, form("县教育局召开工作会议", LocalDate.of(2025, 3, 3)));
    assertThat(repo.version(id, 1).orElseThrow().bodyHtml()).doesNotContain("script").doesNotContain("javascript")
        .contains("<p>正文");
    assertThatThrownBy(() -> publications.submit(agency, id, LEADER)).hasMessage("您的角色不能提交审核。");
    assertThatThrownBy(() -> publications.review(agency, id, REVIEWER, true, null))
        .hasMessage("该信息当前不在审核环节（草稿）。");
    publications.submit(agency, id, OFFICER);
    assertThatThrownBy(() -> publications.review(agency, id, OFFICER, true, null)).hasMessage("您的角色不能审核信息。");
    // The leader cannot skip the reviews: 保密审查, 内容审核 and 校对 are all still open.
    assertThatThrownBy(() -> publications.approve(agency, id, LEADER, true, null))
        .hasMessage("该信息尚未完成审查（未完成：保密审查、内容审核、校对），不能发布。");
    publications.review(agency, id, REVIEWER, true, null);
    assertThatThrownBy(() -> publications.edit(agency, id, OFFICER, form("改", LocalDate.of(2025, 3, 3))))
        .hasMessageContaining("正在审核中，不能修改");
    assertThatThrownBy(() -> publications.review(agency, id, REVIEWER, false, " "))
        .hasMessage("退回时请填写退回理由。");
    publications.review(agency, id, REVIEWER, false, "标题有错别字");
    assertThat(repo.find(agency, id).orElseThrow().workState()).isEqualTo(WorkState.DRAFT);
    publications.submit(agency, id, OFFICER);
    publications.review(agency, id, REVIEWER, true, null);
    publications.review(agency, id, REVIEWER, true, null);
    publications.review(agency, id, REVIEWER, true, null);
    assertThatThrownBy(() -> publications.approve(agency, id, REVIEWER, true, null)).hasMessage("您的角色不能审批发布。");
    publications.approve(agency, id, LEADER, true, null, LocalDate.of(2025, 3, 5));
    Publication p = repo.find(agency, id).orElseThrow();
    assertThat(p.listed()).isTrue();
    assertThat(p.indexNumber()).matches("shixian-jyj/2025-\\d{5}");
    assertThat(repo.history(id)).extracting(HistoryEntry::label).containsExactly("起草", "提交审核", "保密审查通过",
        "内容审核退回", "提交审核", "保密审查通过", "内容审核通过", "校对通过", "负责人审批并发布");
    assertThat(repo.history(id)).extracting(HistoryEntry::actorName).contains("测试审核人", "测试负责人");
  }

  @Test
  void aPublishedItemChangesOnlyThroughANewVersionAndTheOldOneIsKept() {
    long id = publishedItem("县教育局发布招生简章", LocalDate.of(2025, 5, 6), LocalDate.of(2025, 5, 8));
    assertThatThrownBy(() -> publications.edit(agency, id, OFFICER, form("改标题", LocalDate.of(2025, 5, 6))))
        .hasMessage("该信息已发布，不能直接修改。请先“创建新版本”并填写修改说明，原版本将保留。");
    assertThatThrownBy(() -> publications.newVersion(agency, id, OFFICER, "")).hasMessage("请填写修改说明（门户将显示修改内容和时间）。");
    publications.newVersion(agency, id, OFFICER, "更正报名时间");
    PublicationForm f = form("县教育局发布招生简章（更正）", LocalDate.of(2025, 5, 6));
    assertThatThrownBy(() -> publications.edit(agency, id, OFFICER, f)).hasMessage("请填写本次修改说明（门户将显示修改内容和时间）。");
    f.setChangeNote("更正报名时间");
    publications.edit(agency, id, OFFICER, f);
    // Until the new version is published, the portal keeps the first one.
    assertThat(repo.find(agency, id).orElseThrow().title()).isEqualTo("县教育局发布招生简章");
    publications.submit(agency, id, OFFICER);
    for (int i = 0; i < 3; i++) {
      publications.review(agency, id, REVIEWER, true, null);
    }
    publications.approve(agency, id, LEADER, true, null, LocalDate.of(2025, 6, 2));
    Publication p = repo.find(agency, id).orElseThrow();
    assertThat(p.liveVersion()).isEqualTo(2);
    assertThat(p.title()).isEqualTo("县教育局发布招生简章（更正）");
    assertThat(p.firstPublishedOn()).isEqualTo(LocalDate.of(2025, 5, 8));
    assertThat(p.lastPublishedOn()).isEqualTo(LocalDate.of(2025, 6, 2));
    assertThat(repo.publishedVersions(id)).extracting(PublicationVersion::title)
        .containsExactly("县教育局发布招生简章（更正）", "县教育局发布招生简章");
    assertThat(repo.publishedVersions(id).get(0).changeNote()).isEqualTo("更正报名时间");
  }

  @Test
  void withdrawnItemsKeepTheirIndexNumberWhichIsNeverGivenAgain() {
    long first = publishedItem("撤回测试一", LocalDate.of(2024, 6, 3), LocalDate.of(2024, 6, 4));
    String number = repo.find(agency, first).orElseThrow().indexNumber();
    assertThatThrownBy(() -> publications.withdraw(agency, first, OFFICER, "理由")).hasMessage("您的角色不能撤回信息。");
    assertThatThrownBy(() -> publications.withdraw(agency, first, LEADER, "")).hasMessage("撤回时请填写撤回理由（将在门户显示）。");
    publications.withdraw(agency, first, LEADER, "内容已过时");
    Publication p = repo.find(agency, first).orElseThrow();
    assertThat(p.listed()).isFalse();
    assertThat(p.withdrawnReason()).isEqualTo("内容已过时");
    long second = publishedItem("撤回测试二", LocalDate.of(2024, 6, 3), LocalDate.of(2024, 6, 5));
    String next = repo.find(agency, second).orElseThrow().indexNumber();
    assertThat(next).isNotEqualTo(number);
    assertThat(Integer.parseInt(next.substring(next.length() - 5)))
        .isEqualTo(Integer.parseInt(number.substring(number.length() - 5)) + 1);
    PublicationForm f = form("手工索引号", LocalDate.of(2024, 6, 3));
    f.setIndexNumber(number);
    assertThatThrownBy(() -> publications.create(agency, OFFICER, f))
        .hasMessage("索引号“" + number + "”已被使用（已撤回信息的索引号也不得再用）。");
    f.setIndexNumber("jyj-2024-1");
    assertThatThrownBy(() -> publications.create(agency, OFFICER, f)).hasMessageStartingWith("索引号格式应为");
  }

  @Test
  void art26CountsWorkingDaysWithTheNationalDayHolidayAndMakeUpDays() {
    // Written Fri 2024-09-20. Working days after it (official 2024 calendar): 9-23..9-27 = 5, Sun 9-29 make-up = 6,
    // 9-30 = 7, 10-1..10-7 off, 10-8..10-11 = 11, Sat 10-12 make-up = 12, 10-14..10-18 = 17, Mon 10-21 = 18,
    // 10-22 = 19, 10-23 = 20, 10-24 = 21. Counting weekends only, 10-21 would already be the 21st day.
    long onTime = publishedItem("国庆前成文的信息", LocalDate.of(2024, 9, 20), LocalDate.of(2024, 10, 21));
    assertThat(repo.find(agency, onTime).orElseThrow().late()).isFalse();
    assertThat(repo.version(onTime, 1).orElseThrow().lateDays()).isEqualTo(18);
    long lastDay = publishedItem("第二十个工作日发布", LocalDate.of(2024, 9, 20), LocalDate.of(2024, 10, 23));
    assertThat(repo.find(agency, lastDay).orElseThrow().late()).isFalse();
    long late = publishedItem("第二十一个工作日发布", LocalDate.of(2024, 9, 20), LocalDate.of(2024, 10, 24));
    assertThat(repo.find(agency, late).orElseThrow().late()).isTrue();
    assertThat(repo.history(late).get(repo.history(late).size() - 1).note()).contains("第21个工作日");
  }

  @Test
  void attachmentsAreSniffedAndLimited() {
    long id = publications.create(agency, OFFICER, form("附件测试", LocalDate.of(2025, 3, 3)));
    byte[] pdf = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    publications.attach(agency, id, OFFICER, "C:\\Users\\x\\通知.pdf", pdf);
    assertThat(repo.attachments(id, 1)).extracting(Attachment::fileName, Attachment::contentType)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("通知.pdf", "application/pdf"));
    byte[] html = "<html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> publications.attach(agency, id, OFFICER, "伪装.pdf", html))
        .hasMessageStartingWith("附件“伪装.pdf”的内容与文件扩展名不符");
    assertThatThrownBy(() -> publications.attach(agency, id, OFFICER, "脚本.exe", pdf))
        .hasMessageStartingWith("附件“脚本.exe”的格式不允许上传");
    assertThatThrownBy(() -> publications.attach(agency, id, OFFICER, "空.pdf", new byte[0]))
        .hasMessage("请选择要上传的附件（文件不能为空）。");
    assertThatThrownBy(() -> publications.attach(agency, id, OFFICER, "大.pdf", new byte[21 * 1024 * 1024]))
        .hasMessage("附件“大.pdf”超过20MB，请压缩或拆分后上传。");
    assertThat(repo.attachments(id, 1)).hasSize(1);
  }

  @Test
  void reviewStepsAreTheAgencysChoiceButTheConfidentialityReviewStays() {
    assertThatThrownBy(() -> settings.save(agency, List.of(ReviewStepKind.CONTENT)))
        .hasMessage("保密审查不能省略：发布前必须经过保密审查。");
    settings.save(agency, List.of(ReviewStepKind.CONFIDENTIALITY));
    long id = publications.create(agency, OFFICER, form("一步审查", LocalDate.of(2025, 3, 3)));
    publications.submit(agency, id, OFFICER);
    publications.review(agency, id, REVIEWER, true, null);
    assertThat(repo.find(agency, id).orElseThrow().workState()).isEqualTo(WorkState.APPROVAL);
  }

  @Test
  void newAgenciesGetTheTemplateCatalogueAndHealthAgenciesTheHealthEntries() {
    long wjj = agencies.findByCode("shixian-wjj").orElseThrow().id();
    assertThat(catalogue.categories(wjj)).extracting(Category::name).contains("政策解读", "财政预决算", "传染病疫情信息");
    assertThat(catalogue.categories(agency)).extracting(Category::name).contains("政策解读", "人事信息")
        .doesNotContain("传染病疫情信息");
    CategoryForm f = new CategoryForm();
    f.setName("");
    assertThatThrownBy(() -> catalogue.add(agency, f)).hasMessage("请填写分类名称（不超过100字）。");
  }
}
