package org.gongkai.server.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import javax.xml.parsers.DocumentBuilderFactory;
import org.gongkai.server.IntegrationTest;
import org.gongkai.server.agency.AgencyApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** The public column: lists, search, Atom, JSON, withdrawn pages and the statistics, on the demo context. */
@Transactional
class DisclosurePortalTest extends IntegrationTest {
  @Autowired
  Publications publications;
  @Autowired
  PublicationRepository repo;
  @Autowired
  Catalogue catalogue;
  @Autowired
  AgencyApi agencies;
  @Autowired
  PublicationStatistics statistics;
  @Autowired
  DisclosureFixture fixture;

  long agency;
  long notices;

  @BeforeEach
  void setUp() {
    agency = agencies.findByCode("shixian-jyj").orElseThrow().id();
    notices = catalogue.categories(agency).stream().filter(c -> c.name().equals("通知公告")).findFirst().orElseThrow()
        .id();
  }

  long publish(String title, String body, LocalDate on) {
    PublicationForm f = new PublicationForm();
    f.setTitle(title);
    f.setIssuingBody("示例县教育局");
    f.setDateWritten(on.minusDays(1));
    f.setCategoryId(notices);
    f.setBody(body);
    f.setValidity(Validity.IN_FORCE);
    Actor officer = DisclosureWorkflowTest.OFFICER;
    long id = publications.create(agency, officer, f);
    publications.submit(agency, id, officer);
    for (int i = 0; i < 3; i++) {
      publications.review(agency, id, DisclosureWorkflowTest.REVIEWER, true, null);
    }
    publications.approve(agency, id, DisclosureWorkflowTest.LEADER, true, null, on);
    fixture.indexNow();
    return id;
  }

  String page(String uri) throws Exception {
    MvcResult r = mvc.perform(get(uri)).andReturn();
    assertThat(r.getResponse().getStatus()).as(uri).isEqualTo(200);
    return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
  }

  @Test
  void searchFindsTwoAndFourCharacterWordsInsideLongerTextAndRanksTitleMatchesFirst() throws Exception {
    long bodyOnly = publish("关于做好秋季学期开学工作的通知", "<p>各校要落实校园食品安全主体责任，开展晨午检。</p>",
        LocalDate.of(2025, 9, 1));
    long inTitle = publish("示例县校园食品安全专项检查情况通报", "<p>本次检查覆盖全县中小学。</p>", LocalDate.of(2025, 3, 1));
    publish("关于开展教师资格认定工作的公告", "<p>认定对象为本县户籍人员。</p>", LocalDate.of(2025, 10, 1));
    String hits = page("/agencies/shixian-jyj/disclosure/search?q=食品安全");
    // The title match is older but comes first; the body match follows; the third item has neither word.
    assertThat(hits.indexOf("示例县校园食品安全专项检查情况通报")).isPositive()
        .isLessThan(hits.indexOf("关于做好秋季学期开学工作的通知"));
    assertThat(hits).doesNotContain("关于开展教师资格认定工作的公告");
    // 二字词 inside a longer word: 晨午检 contains 午检.
    assertThat(page("/agencies/shixian-jyj/disclosure/search?q=午检")).contains("关于做好秋季学期开学工作的通知")
        .doesNotContain("示例县校园食品安全专项检查情况通报");
    // All bigrams present but not as one word (食品…安全 in different places) must not match: 品安 only in both.
    assertThat(page("/agencies/shixian-jyj/disclosure/search?q=资格认定")).contains("关于开展教师资格认定工作的公告")
        .doesNotContain("食品安全专项");
    assertThat(page("/agencies/shixian-jyj/disclosure/search?q=食")).contains("请输入至少两个字的检索词");
    publications.withdraw(agency, inTitle, DisclosureWorkflowTest.LEADER, "检查情况另行通报");
    fixture.indexNow();
    assertThat(page("/agencies/shixian-jyj/disclosure/search?q=食品安全")).doesNotContain("专项检查情况通报")
        .contains("关于做好秋季学期开学工作的通知");
    assertThat(bodyOnly).isPositive();
  }

  @Test
  void withdrawnItemsLeaveTheListsButTheirPageSaysSo() throws Exception {
    long id = publish("关于暂停办理学籍转接的通知 <b>&", "<p>因系统升级暂停办理。</p>", LocalDate.of(2026, 11, 20));
    String number = repo.find(agency, id).orElseThrow().indexNumber();
    assertThat(page("/agencies/shixian-jyj/disclosure")).contains("关于暂停办理学籍转接的通知 &lt;b&gt;&amp;");
    assertThat(page("/agencies/shixian-jyj")).contains("关于暂停办理学籍转接的通知");
    String detail = page("/agencies/shixian-jyj/disclosure/" + number);
    assertThat(detail).contains("索引号", number, "发布机构", "文号", "成文日期", "2026-11-19", "发布日期", "2026-11-20",
        "分类", "通知公告", "主题词", "有效性");
    publications.withdraw(agency, id, DisclosureWorkflowTest.LEADER, "系统升级已完成");
    assertThat(page("/agencies/shixian-jyj/disclosure")).doesNotContain("关于暂停办理学籍转接的通知");
    assertThat(page("/agencies/shixian-jyj/disclosure/category/" + notices)).doesNotContain("关于暂停办理学籍转接的通知");
    assertThat(page("/agencies/shixian-jyj/disclosure/" + number)).contains("本信息已于", "撤回", "系统升级已完成");
    assertThat(mvc.perform(get("/agencies/shixian-jyj/disclosure/shixian-jyj/1999-99999")).andReturn().getResponse()
        .getStatus()).isEqualTo(404);
  }

  @Test
  void theAtomFeedIsWellFormedXmlWithTheCategorysEntries() throws Exception {
    publish("标题含特殊字符 <script>&\"'", "<p>正文</p>", LocalDate.of(2026, 11, 18));
    MvcResult r = mvc.perform(get("/agencies/shixian-jyj/disclosure/category/" + notices + "/feed.atom")).andReturn();
    assertThat(r.getResponse().getContentType()).startsWith("application/atom+xml");
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(r.getResponse().getContentAsByteArray()));
    assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
    NodeList entries = doc.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
    // The demo's one 通知公告 of the education bureau (in 2025) and this one, newest first.
    assertThat(entries.getLength()).isEqualTo(2);
    assertThat(entries.item(0).getTextContent()).contains("标题含特殊字符 <script>&\"'");
    assertThat(entries.item(1).getTextContent()).contains("义务教育阶段学校招生入学工作方案");
    String json = page("/agencies/shixian-jyj/disclosure/category/" + notices + ".json");
    assertThat(json).contains("\"category\":\"通知公告\"", "标题含特殊字符", "\"indexNumber\":\"shixian-jyj/");
  }

  @Test
  void statisticsCountFirstPublicationsInTheYear() {
    int before = statistics.total(agency, 2024);
    publish("统计测试一", "<p>正文</p>", LocalDate.of(2024, 5, 6));
    publish("统计测试二", "<p>正文</p>", LocalDate.of(2024, 12, 31));
    publish("统计测试三", "<p>正文</p>", LocalDate.of(2025, 1, 2));
    assertThat(statistics.total(agency, 2024)).isEqualTo(before + 2);
    assertThat(statistics.byCategory(agency, 2024)).containsEntry("通知公告", before + 2);
    // 通知公告's channel is 政府网站、政务新媒体: each item counts once on each channel.
    assertThat(statistics.byChannel(agency, 2024)).containsEntry("政府网站", before + 2)
        .containsEntry("政务新媒体", before + 2);
  }

  @Test
  void listsArePagedByKeysetTwentyAPage() throws Exception {
    for (int i = 1; i <= 25; i++) {
      publish("分页测试第" + i + "条", "<p>正文</p>", LocalDate.of(2026, 1, 1).plusDays(i));
    }
    String first = page("/agencies/shixian-jyj/disclosure/category/" + notices);
    assertThat(first).contains("分页测试第25条", "分页测试第6条").doesNotContain("分页测试第5条").contains("下一页");
    PublicationQueries.Page p1 = queries().list(agency, notices, null, null);
    assertThat(p1.items()).hasSize(20);
    PublicationQueries.Page p2 = queries().list(agency, notices, p1.older(), null);
    assertThat(p2.items()).extracting(ListItem::title).startsWith("分页测试第5条", "分页测试第4条");
    PublicationQueries.Page back = queries().list(agency, notices, null, p2.newer());
    assertThat(back.items()).extracting(ListItem::title).isEqualTo(p1.items().stream().map(ListItem::title).toList());
  }

  @Autowired
  PublicationQueries queries;

  PublicationQueries queries() {
    return queries;
  }
}
