package org.gongkai.server;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * What the browser tests share: one Chromium per test class on the shared context's server (skipped with a notice
 * where Chromium is missing), pages in Chinese at 1280×900, and the sign-in form.
 */
public abstract class BrowserTestBase extends IntegrationTest {
  protected static Playwright playwright;
  protected static Browser browser;

  @BeforeAll
  static void launchChromium() {
    Chromium.requireOrSkip("browser tests");
    playwright = Chromium.playwright();
    browser = Chromium.launch(playwright);
  }

  @AfterAll
  static void closeChromium() {
    if (browser != null) {
      browser.close();
      browser = null;
    }
    if (playwright != null) {
      playwright.close();
      playwright = null;
    }
  }

  protected String url(String path) {
    return "http://localhost:" + port + path;
  }

  /** A browser context of its own (no cookies shared with any other), in Chinese, 1280×900. */
  protected static BrowserContext newContext() {
    return browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN").setViewportSize(1280, 900));
  }

  /** Fills in and sends the sign-in form, without waiting for where it leads (a refused sign-in stays there). */
  protected void submitSignIn(Page page, String username, String password) {
    page.navigate(url("/login"));
    page.getByLabel("用户名").fill(username);
    page.getByLabel("密码").fill(password);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登录")).click();
  }

  /** Signs in and waits for the dashboard. */
  protected void signIn(Page page, String username, String password) {
    submitSignIn(page, username, password);
    page.waitForURL(url("/admin"));
  }
}
