package org.gongkai.server.request;

import org.gongkai.server.BrowserTestBase;
import org.gongkai.server.Chromium;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import org.gongkai.core.report.Applicant;
import org.gongkai.core.report.RequestRow;
import org.gongkai.server.agency.AgencyApi;
import org.gongkai.server.shared.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A citizen applies on the portal, the officer works the request to a reply, the outcome reaches table 2; another
 * request lapses into 3.6.1 once the officer confirms. Headless system Chromium; skipped with a notice without it.
 */
class RequestBrowserTest extends BrowserTestBase {

  @Autowired
  RequestService service;
  @Autowired
  RequestStatistics statistics;
  @Autowired
  LapseJob lapses;
  @Autowired
  AgencyApi agencies;
  @Autowired
  JdbcClient jdbc;

  private void shot(Page page, String name) {
    page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(Chromium.SHOTS.resolve(name + ".png")));
  }

  private void signIn(Page page, String username) {
    signIn(page, username, "gongkai2026");
  }

  private void step(Page page, String name, Runnable fill) {
    page.locator("#step-" + name + " summary").click();
    fill.run();
    page.locator("#step-" + name + " button[type=submit]").click();
    assertThat(page.getByText("已办理。")).isVisible();
  }

  private int cell(Page page, String code) {
    return Integer.parseInt(page.locator("tr[data-code='" + code + "'] td").last().innerText().trim());
  }

  @Test
  void fromThePortalToTableTwoAndALapse() throws Exception {
    long agency = agencies.findByCode("shixian-wjj").orElseThrow().id();
    int year = service.today().getYear();
    int grantedBefore = statistics.table(agency, year).cell(RequestRow.R3_1, Applicant.TOTAL);
    BrowserContext citizenContext = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN")
        .setViewportSize(390, 844));
    Page citizen = citizenContext.newPage();
    BrowserContext officerContext = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN")
        .setViewportSize(1280, 900).setAcceptDownloads(true));
    Page officer = officerContext.newPage();
    try {
      citizen.navigate(url("/agencies/shixian-wjj/apply"));
      citizen.getByLabel("姓名或单位名称").fill("浏览器申请人");
      citizen.getByLabel("证件号码").fill("110101199001011234");
      citizen.getByLabel("联系电话").fill("13812345678");
      citizen.getByLabel("电子邮箱").fill("citizen@example.org");
      citizen.getByLabel("所需信息的名称、文号或其他特征描述").fill("本县2025年医疗机构执业许可名单");
      shot(citizen, "request-apply-phone");
      citizen.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交申请")).click();
      citizen.waitForURL(url("/requests/receipt"));
      String code = citizen.locator("#tracking-code").innerText().trim();
      String secret = citizen.locator("#secret").innerText().trim();
      shot(citizen, "request-receipt-phone");
      long id = service.findByTrackingCode(code).orElseThrow().id();

      signIn(officer, "wjj-officer");
      officer.navigate(url("/admin/requests"));
      assertThat(officer.locator("#queue")).containsText("浏览器申请人");
      shot(officer, "request-queue");
      officer.navigate(url("/admin/requests/" + id));
      assertThat(officer.locator("#idNumber")).hasText("110***********1234");
      step(officer, "ASK_CORRECTION", () -> {
        officer.locator("#corr-text").fill("请写明所需名单的截止日期");
        officer.locator("#corr-due").fill(service.today().plusDays(10).toString());
      });

      citizen.navigate(url("/requests/status"));
      citizen.getByLabel("查询码").fill(code);
      citizen.getByLabel("查询密码").fill(secret);
      citizen.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("查询")).click();
      assertThat(citizen.locator("#state")).hasText("等待补正");
      assertThat(citizen.locator("#steps")).containsText("请写明所需名单的截止日期");
      assertThat(citizen.locator("body")).not().containsText("13812345678");
      assertThat(citizen.locator("body")).not().containsText("110101");
      shot(citizen, "request-status-phone");

      step(officer, "CORRECTION_RECEIVED", () -> { });
      step(officer, "START_CONSULTATION", () -> officer.locator("#cons-text").fill("示例医院"));
      step(officer, "END_CONSULTATION", () -> { });
      step(officer, "REPLY", () -> {
        officer.locator("#out-REPLY").selectOption("3.1");
        officer.locator("#text-REPLY").fill("现将名单电子版发送至您的邮箱");
      });
      assertThat(officer.locator("#state")).hasText("已答复");
      shot(officer, "request-detail-replied");
      Download letter = officer.waitForDownload(() -> officer.getByRole(AriaRole.LINK,
          new Page.GetByRoleOptions().setName("政府信息公开申请答复书（予以公开）（DOCX）")).click());
      assertThat(letter.suggestedFilename()).endsWith(".docx");

      officer.navigate(url("/admin/requests/statistics?year=" + year));
      assertThat(cell(officer, "3.1")).isEqualTo(grantedBefore + 1);
      shot(officer, "request-statistics");

      // A second request: correction asked, never answered; the job proposes 3.6.1, the officer confirms.
      LocalDate today = service.today();
      RequestService.Actor actor = new RequestService.Actor("wjj-officer", Role.OFFICER, agency);
      long lapsed = service.register(new NewRequest(agency, Channel.LETTER, today.minusDays(20), ApplicantKind.NATURAL,
          "逾期申请人", null, IdType.ID_CARD, "110101199001015678", "13900001111", null, null, null, "某文件", null,
          ProvisionForm.PAPER, Delivery.PICK_UP, null, null), List.of(), actor).id();
      service.act(lapsed, Step.ASK_CORRECTION, new StepInput(today.minusDays(19), today.minusDays(5), null, null, null,
          "请写明文件名称", null), actor);
      int lapsedBefore = statistics.table(agency, year).cell(RequestRow.R3_6_1, Applicant.TOTAL);
      assertThat(lapses.detect(today)).isGreaterThanOrEqualTo(1);
      officer.navigate(url("/admin/requests/" + lapsed));
      assertThat(officer.locator("#lapse")).containsText("3.6.1");
      shot(officer, "request-lapse");
      step(officer, "CONFIRM_LAPSE", () -> { });
      assertThat(officer.locator("#state")).hasText("已办结");
      officer.navigate(url("/admin/requests/statistics?year=" + year));
      assertThat(cell(officer, "3.6.1")).isEqualTo(lapsedBefore + 1);
    } catch (RuntimeException | AssertionError e) {
      Files.createDirectories(Chromium.SHOTS);
      shot(officer, "FAILED-request-officer");
      shot(citizen, "FAILED-request-citizen");
      throw e;
    } finally {
      citizenContext.close();
      officerContext.close();
    }
  }
}
