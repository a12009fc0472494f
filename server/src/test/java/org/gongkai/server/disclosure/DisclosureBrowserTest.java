package org.gongkai.server.disclosure;

import org.gongkai.server.BrowserTestBase;
import org.gongkai.server.Chromium;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An officer drafts, a reviewer passes the three steps, a leader publishes; the public sees it, then not. */
class DisclosureBrowserTest extends BrowserTestBase {

  /** A new browser of its own, signed in as the demo user. */
  private Page signIn(String user) {
    Page page = newContext().newPage();
    signIn(page, user, "gongkai2026");
    return page;
  }

  private void shot(Page page, String name) throws Exception {
    Files.createDirectories(Chromium.SHOTS);
    page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(Chromium.SHOTS.resolve(name)));
  }

  @Test
  void officerDraftsReviewerApprovesLeaderPublishesThenWithdraws() throws Exception {
    String title = "示例县卫生健康局关于开展浏览器测试专项行动的通知";
    Page officer = signIn("wjj-officer");
    assertThat(officer.getByText("成文已超过20个工作日仍未发布").first()).isVisible();
    shot(officer, "disclosure-dashboard-officer.png");
    officer.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("主动公开").setExact(true)).first().click();
    officer.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("起草信息")).click();
    officer.getByLabel("标题", new Page.GetByLabelOptions().setExact(true)).fill(title);
    officer.getByLabel("目录分类").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("通知公告"));
    officer.getByLabel("文号（无文号可不填）").fill("示卫发〔2026〕99号");
    officer.getByLabel("正文（可使用段落、标题、列表、表格和链接；其他格式会被清除）")
        .fill("<p>为做好浏览器测试工作，现将有关事项通知如下。</p>");
    shot(officer, "disclosure-form.png");
    officer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存")).click();
    assertThat(officer.getByText("草稿已保存")).isVisible();
    officer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交审核")).click();
    assertThat(officer.getByText("已提交审核。")).isVisible();
    String detail = officer.url();

    Page reviewer = signIn("wjj-reviewer");
    reviewer.navigate(detail);
    for (String step : List.of("保密审查通过", "内容审核通过", "校对通过")) {
      reviewer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(step)).click();
      assertThat(reviewer.getByText("审查通过。")).isVisible();
    }

    Page leader = signIn("wjj-leader");
    leader.navigate(detail);
    leader.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("审批并发布")).click();
    assertThat(leader.getByText("已审批并发布。")).isVisible();
    shot(leader, "disclosure-admin-detail.png");
    String index = leader.locator("dt:has-text('索引号') + dd").textContent().trim();

    Page pub = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN")).newPage();
    pub.navigate(url("/agencies/shixian-wjj/disclosure"));
    assertThat(pub.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title))).isVisible();
    shot(pub, "disclosure-portal-list.png");
    pub.navigate(url("/agencies/shixian-wjj/disclosure/search?q=" + java.net.URLEncoder.encode("测试专项",
        java.nio.charset.StandardCharsets.UTF_8)));
    assertThat(pub.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title))).isVisible();
    shot(pub, "disclosure-search.png");
    pub.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)).click();
    assertThat(pub.getByText(index)).isVisible();
    shot(pub, "disclosure-portal-detail.png");
    String category = pub.url();
    pub.navigate(url("/agencies/shixian-wjj/disclosure"));
    pub.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("通知公告")).first().click();
    String feed = pub.request().get(pub.url() + "/feed.atom").text();
    org.assertj.core.api.Assertions.assertThat(feed).contains(title);

    leader.getByLabel("撤回理由（门户显示）").fill("测试结束");
    leader.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("撤回")).click();
    assertThat(leader.getByText("已撤回。")).isVisible();
    pub.navigate(url("/agencies/shixian-wjj/disclosure"));
    assertThat(pub.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title))).hasCount(0);
    pub.navigate(category);
    assertThat(pub.getByText("测试结束")).isVisible();
    shot(pub, "disclosure-withdrawn.png");
  }
}
