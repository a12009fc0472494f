package org.gongkai.server;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import org.gongkai.server.agency.AgencyApi;
import org.gongkai.server.shared.Role;
import org.gongkai.server.staff.StaffApi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The application in a real browser (the system's Chromium, headless; skipped with a notice when it is missing).
 * Each test leaves a screenshot in target/screenshots when it fails.
 */
class BrowserTest extends BrowserTestBase {

  @Autowired
  StaffApi staff;
  @Autowired
  AgencyApi agencies;

  private BrowserContext context;
  private Page page;

  @BeforeEach
  void open() {
    context = newContext();
    page = context.newPage();
  }

  @AfterEach
  void closeContext() {
    context.close();
  }

  /** Runs a scenario; on failure the page is saved as a screenshot before the error goes on. */
  private void scenario(TestInfo info, Runnable steps) throws Exception {
    try {
      steps.run();
    } catch (RuntimeException | AssertionError e) {
      Files.createDirectories(Chromium.SHOTS);
      page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
          .setPath(Chromium.SHOTS.resolve("FAILED-" + info.getTestMethod().orElseThrow().getName() + ".png")));
      throw e;
    }
  }

  /** Sends the form without waiting: some of these sign-ins are meant to be refused. */
  private void signIn(String username, String password) {
    submitSignIn(page, username, password);
  }

  @Test
  void portalHomeAndAgencyPageRender(TestInfo info) throws Exception {
    scenario(info, () -> {
      page.navigate(url("/"));
      assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("政府信息公开").setLevel(1)))
          .isVisible();
      page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(Chromium.SHOTS.resolve("portal-home.png")));
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("示例县卫生健康局")).click();
      assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("政府信息公开指南")))
          .isVisible();
      assertThat(page.getByText("查看全部主动公开信息")).isVisible();
      page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(Chromium.SHOTS.resolve("portal-agency.png")));
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("示例县卫生健康局2025年政府信息公开工作年度报告"))
          .click();
      assertThat(page.getByText("（七）总计")).isVisible();
      page.setViewportSize(390, 844);
      page.navigate(url("/agencies/shixian-wjj"));
      page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(Chromium.SHOTS.resolve("portal-agency-phone.png")));
    });
  }

  @Test
  void officerSignsInAndOut(TestInfo info) throws Exception {
    scenario(info, () -> {
      signIn("wjj-officer", "gongkai2026");
      page.waitForURL(url("/admin"));
      assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
          .containsText("卫健局经办人（示例）");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("退出登录")).click();
      page.waitForURL(url("/login?logout"));
      assertThat(page.getByText("您已安全退出。")).isVisible();
      page.navigate(url("/admin"));
      assertThat(page).hasURL(url("/login"));
    });
  }

  @Test
  void fiveWrongPasswordsLockTheAccount(TestInfo info) throws Exception {
    long wjj = agencies.findByCode("shixian-wjj").orElseThrow().id();
    staff.createUser("browser-lock", "浏览器锁定测试", Role.OFFICER, wjj, null, "right12345", false);
    scenario(info, () -> {
      for (int i = 1; i <= 4; i++) {
        signIn("browser-lock", "wrong-" + i);
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("用户名或密码不正确");
      }
      signIn("browser-lock", "wrong-5");
      assertThat(page.getByRole(AriaRole.ALERT)).containsText("已锁定");
      signIn("browser-lock", "right12345");
      assertThat(page.getByRole(AriaRole.ALERT)).containsText("已锁定");
    });
  }

  @Test
  void supervisorSeesItsRegionAndCannotEdit(TestInfo info) throws Exception {
    scenario(info, () -> {
      signIn("xian-supervisor", "gongkai2026");
      page.waitForURL(url("/admin"));
      assertThat(page.getByText("示例县教育局").first()).isVisible();
      assertThat(page.getByText("示例区财政局")).hasCount(0);
      assertThat(page.getByText("1 个单位尚未发布2025年度报告")).isVisible();
      page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(Chromium.SHOTS.resolve("dashboard-supervisor.png")));

      page.getByLabel("查看单位").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("示例县卫生健康局"));
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("切换")).click();
      assertThat(page.getByText("正在查看：示例县卫生健康局")).isVisible();

      page.navigate(url("/admin/agencies"));
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("示例县卫生健康局")).click();
      assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("编辑"))).hasCount(0);
      long wjj = agencies.findByCode("shixian-wjj").orElseThrow().id();
      com.microsoft.playwright.Response edit = page.navigate(url("/admin/agencies/" + wjj + "/edit"));
      assertThat(edit.status()).isEqualTo(403);
      assertThat(page.getByText("没有权限").first()).isVisible();
      page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(Chromium.SHOTS.resolve("error-403.png")));
    });
  }

  @Test
  void agencyAdminDashboard(TestInfo info) throws Exception {
    scenario(info, () -> {
      signIn("wjj-admin", "gongkai2026");
      page.waitForURL(url("/admin"));
      assertThat(page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("后台功能"))).isVisible();
      page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(Chromium.SHOTS.resolve("dashboard-agency-admin.png")));
      page.navigate(url("/admin/audit"));
      assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("审计链完整");
      page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(Chromium.SHOTS.resolve("audit.png")));
      page.navigate(url("/admin/users"));
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("新增人员")).click();
      page.getByLabel("用户名").fill("x");
      page.getByLabel("姓名").fill("测试");
      page.getByLabel("初始密码").fill("abcdefghij");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存")).click();
      assertThat(page.getByText("用户名为3至40位字母、数字、点、下划线或连字符")).isVisible();
      assertThat(page.getByText("密码须同时包含字母和数字。")).isVisible();
      page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(Chromium.SHOTS.resolve("user-form-errors.png")));
    });
  }
}
