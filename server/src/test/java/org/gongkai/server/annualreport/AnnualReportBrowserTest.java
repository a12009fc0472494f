package org.gongkai.server.annualreport;

import org.gongkai.server.BrowserTestBase;
import org.gongkai.server.Chromium;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.gongkai.server.agency.AgencyApi;
import org.gongkai.server.agency.AgencyDraft;
import org.gongkai.server.agency.AgencyKind;
import org.gongkai.server.shared.Role;
import org.gongkai.server.staff.StaffApi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An officer edits and submits last year's report in a real browser; a leader approves and publishes it. */
@org.springframework.context.annotation.Import(ScriptedStatistics.Config.class)
class AnnualReportBrowserTest extends BrowserTestBase {

  @Autowired
  AgencyApi agencies;
  @Autowired
  StaffApi staff;
  @Autowired
  ScriptedStatistics script;

  @Test
  void officerSubmitsLeaderPublishesAndEveryDownloadOpens() throws Exception {
    long region = agencies.findByCode("shixian-wjj").orElseThrow().regionId();
    long agency = agencies.create(new AgencyDraft("ar-browser", "示例县审计局", "审计局", AgencyKind.DEPARTMENT, region,
        "示例路9号", "0000-99999", "sj@example.org", "", "工作日", "指南"));
    script.script(agency, 2025, new ScriptedStatistics.Year(AnnualReportWorkspaceTest.table1(),
        AnnualReportWorkspaceTest.table2(), new BigDecimal("200"), AnnualReportWorkspaceTest.table3(), 35, Map.of()));
    staff.createUser("sj-officer", "审计局经办人", Role.OFFICER, agency, null, "test1234567", false);
    staff.createUser("sj-leader", "审计局负责人", Role.LEADER, agency, null, "test1234567", false);
    Files.createDirectories(Chromium.SHOTS);
    String workspace = "/admin/agencies/" + agency + "/annual-reports/2025";
    try (BrowserContext ctx = newContext()) {
      Page page = ctx.newPage();
      signIn(page, "sj-officer");
      page.navigate(url(workspace));
      page.locator("#text-五").fill("存在的主要问题是网站栏目更新不够及时。改进措施：建立每周检查制度，明确专人负责。");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存第五部分")).click();
      assertThat(page.locator("#text-五").inputValue()).contains("每周检查制度");
      page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(Chromium.SHOTS.resolve("annual-report-draft.png")));
      page.locator("#submit").click();
      assertThat(page.locator("#status").textContent()).isEqualTo("待审批");
    }
    try (BrowserContext ctx = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN")
        .setViewportSize(1280, 900).setAcceptDownloads(true))) {
      Page page = ctx.newPage();
      signIn(page, "sj-leader");
      page.navigate(url(workspace));
      page.locator("#approve").click();
      assertThat(page.locator("#status").textContent()).isEqualTo("已批准待发布");
      page.locator("#publish").click();
      assertThat(page.locator("#status").textContent()).isEqualTo("已发布");
      page.navigate(url("/agencies/ar-browser/reports/2025"));
      assertThat(page.content()).contains("收取信息处理费200元", "每周检查制度");
      page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(Chromium.SHOTS.resolve("annual-report-portal.png")));
      byte[] docx = download(page, "Word（DOCX）");
      try (XWPFWordExtractor x = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(docx)))) {
        assertThat(x.getText()).contains("示例县审计局2025年政府信息公开工作年度报告");
      }
      try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(download(page, "表格（XLSX）")))) {
        assertThat(wb.getNumberOfSheets()).isEqualTo(3);
      }
      try (PDDocument pdf = Loader.loadPDF(download(page, "PDF"))) {
        assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", ""))
            .contains("示例县审计局2025年政府信息公开工作年度报告", "每周检查制度", "（一）予以公开");
        ImageIO.write(new PDFRenderer(pdf).renderImageWithDPI(0, 60), "png",
            Chromium.SHOTS.resolve("annual-report-pdf-page1.png").toFile());
      }
    }
  }

  private byte[] download(Page page, String link) throws Exception {
    Download d = page.waitForDownload(() -> page.locator("#downloads").getByText(link, new com.microsoft.playwright.Locator.GetByTextOptions().setExact(true)).click());
    return Files.readAllBytes(d.path());
  }

  private void signIn(Page page, String username) {
    submitSignIn(page, username, "test1234567");
  }
}
