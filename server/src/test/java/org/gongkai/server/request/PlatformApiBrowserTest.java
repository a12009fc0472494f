package org.gongkai.server.request;

import org.gongkai.server.BrowserTestBase;
import org.gongkai.server.Chromium;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The agency admin issues and revokes a platform key in a real browser; the offline Swagger UI renders. */
class PlatformApiBrowserTest extends BrowserTestBase {

  @Autowired
  ApiKeys keys;

  @Test
  void theAdminIssuesAndRevokesAKeyAndTheApiDocsRender() {
    Page page = browser.newPage();
    signIn(page, "wjj-admin", "gongkai2026");
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("平台接口密钥")).click();
    page.getByLabel("用途说明").fill("省级统一受理平台（浏览器测试）");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("签发新密钥")).click();
    String clear = page.locator("#clear-key").innerText().strip();
    assertThat(keys.byClearKey(clear)).isPresent();
    page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(Chromium.SHOTS.resolve("api-key-issued.png")));
    page.reload();
    assertThat(page.locator("#clear-key")).hasCount(0);
    page.locator("#keys tr", new Page.LocatorOptions().setHasText("浏览器测试"))
        .getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("吊销")).click();
    assertThat(page.getByText("密钥已吊销")).isVisible();
    assertThat(keys.byClearKey(clear).orElseThrow().active()).isFalse();
    page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(Chromium.SHOTS.resolve("api-key-revoked.png")));

    page.navigate(url("/api/docs/ui"));
    assertThat(page.getByText("政府信息公开申请接口（省级统一受理平台）")).isVisible();
    assertThat(page.getByText("提交申请").first()).isVisible();
    page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(Chromium.SHOTS.resolve("api-docs-ui.png")));
  }
}
