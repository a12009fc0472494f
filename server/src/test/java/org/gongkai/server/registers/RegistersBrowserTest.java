package org.gongkai.server.registers;

import org.gongkai.server.BrowserTestBase;
import org.gongkai.server.Chromium;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/**
 * An officer in a real browser (the system's Chromium, headless; skipped with a notice when missing): registers a
 * normative document, imports a file with a refused row, registers a case. Screenshots go to target/screenshots.
 */
class RegistersBrowserTest extends BrowserTestBase {

  private void shot(Page page, String name) {
    page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(Chromium.SHOTS.resolve(name + ".png")));
  }

  @Test
  void officerRegistersADocumentImportsAFileWithABadRowAndRegistersACase() throws Exception {
    try (BrowserContext context = newContext()) {
      Page page = context.newPage();
      try {
        signIn(page, "wjj-officer", "gongkai2026");
        shot(page, "registers-dashboard");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("登记簿").setExact(true)).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
            .hasText("规章和行政规范性文件登记");
        shot(page, "registers-documents");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("登记文件")).click();
        page.getByLabel("文号").fill("示卫规〔2026〕1号");
        page.getByLabel("标题").fill("示例县卫生健康局浏览器测试文件");
        page.getByLabel("制发日期").fill("2026-01-05");
        page.getByLabel("施行日期").fill("2026-01-01");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存")).click();
        assertThat(page.getByText("施行日期不能早于制发日期")).isVisible();
        shot(page, "registers-document-error");
        page.getByLabel("施行日期").fill("2026-02-01");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
            .hasText("示例县卫生健康局浏览器测试文件");
        assertThat(page.getByText("登记规范性文件")).isVisible();
        shot(page, "registers-document");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("行政决定和收费")).click();
        shot(page, "registers-decisions");
        page.getByLabel("选择文件").setInputFiles(new FilePayload("业务系统导出.csv", "text/csv",
            "月份,类别,数值\n2026-01,行政许可,12\n2026-02,行政许可,-3\n".getBytes(StandardCharsets.UTF_8)));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("上传并预览")).click();
        assertThat(page.getByText("以下 1 行不合格，整个文件未保存。请修改文件后重新上传。")).isVisible();
        assertThat(page.getByText("数值“-3”为负数")).isVisible();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("确认导入"))).hasCount(0);
        shot(page, "registers-import-rejected");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("复议诉讼")).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("登记案件")).click();
        page.getByLabel("案号").fill("示复决字〔2026〕99号");
        page.getByLabel("类型").selectOption("LITIGATION_AFTER_RECONSIDERATION");
        page.getByLabel("复议机关或法院").fill("示例县人民法院");
        page.getByLabel("收到或立案日期").fill("2026-03-02");
        page.getByLabel("结果").selectOption("UPHELD");
        page.getByLabel("审结日期").fill("2026-02-01");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存")).click();
        assertThat(page.getByText("审结日期不能早于收到或立案日期")).isVisible();
        page.getByLabel("审结日期").fill("2026-06-01");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
            .hasText("示复决字〔2026〕99号");
        shot(page, "appeal-case");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("示例县卫生健康局 · 行政复议和行政诉讼登记"))
            .click();
        shot(page, "appeal-cases");
      } catch (RuntimeException | AssertionError e) {
        Files.createDirectories(Chromium.SHOTS);
        shot(page, "FAILED-registers-browser");
        throw e;
      }
    }
  }
}
