package org.gongkai.server.registers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.server.IntegrationTest;
import org.gongkai.server.agency.AgencyApi;
import org.gongkai.server.shared.StaffPrincipal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

/** The import through the back office: preview lists every refused row and why; only a clean file can be saved. */
@Transactional
class RegistersWebTest extends IntegrationTest {
  @Autowired
  AgencyApi agencies;
  @Autowired
  UserDetailsService users;
  @Autowired
  RegisterStatistics statistics;

  long wjj;
  StaffPrincipal officer;

  @BeforeEach
  void setUp() {
    wjj = agencies.findByCode("shixian-wjj").orElseThrow().id();
    officer = (StaffPrincipal) users.loadUserByUsername("wjj-officer");
  }

  private String upload(MockHttpSession session, String name, byte[] bytes) throws Exception {
    return mvc.perform(multipart("/admin/registers/" + wjj + "/decisions/import").file(
            new MockMultipartFile("file", name, "application/octet-stream", bytes)).param("year", "2022")
            .session(session).with(user(officer)).with(csrf()))
        .andReturn().getResponse().getContentAsString();
  }

  @Test
  void aCsvWithOneBadRowIsPreviewedWithTheRowAndReasonAndCannotBeSaved() throws Exception {
    MockHttpSession session = new MockHttpSession();
    String html = upload(session, "bad.csv",
        "月份,类别,数值\n2022-01,行政许可,7\n2022-02,行政复议,3\n".getBytes(StandardCharsets.UTF_8));
    assertThat(html).contains("以下 1 行不合格，整个文件未保存", "类别“行政复议”无法识别", "2022-02,行政复议,3")
        .doesNotContain("确认导入");
    mvc.perform(post("/admin/registers/" + wjj + "/decisions/import/confirm").param("token", "guess")
        .session(session).with(user(officer)).with(csrf()));
    assertThat(statistics.table(wjj, 2022).licensing()).isZero();
  }

  @Test
  void anXlsxWithOneBadRowIsPreviewedWithTheRowAndReason() throws Exception {
    byte[] file;
    try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      var sheet = book.createSheet();
      String[][] rows = {{"月份", "类别", "数值"}, {"2022-03", "行政处罚", "2"}, {"2022-13", "行政处罚", "1"}};
      for (int i = 0; i < rows.length; i++) {
        Row r = sheet.createRow(i);
        for (int c = 0; c < 3; c++) {
          r.createCell(c).setCellValue(rows[i][c]);
        }
      }
      book.write(out);
      file = out.toByteArray();
    }
    String html = upload(new MockHttpSession(), "bad.xlsx", file);
    assertThat(html).contains("以下 1 行不合格", "月份“2022-13”不存在").doesNotContain("确认导入");
    assertThat(statistics.table(wjj, 2022).penalty()).isZero();
  }

  @Test
  void aCleanFileIsSavedOnlyAfterConfirmation() throws Exception {
    MockHttpSession session = new MockHttpSession();
    String html = upload(session, "good.csv",
        "月份,类别,数值\n2022-01,行政许可,7\n2022-02,行政事业性收费,0.75\n".getBytes(StandardCharsets.UTF_8));
    assertThat(html).contains("可导入 2 行", "确认导入");
    assertThat(statistics.table(wjj, 2022).licensing()).isZero();
    Matcher token = Pattern.compile("name=\"token\" value=\"([^\"]+)\"").matcher(html);
    assertThat(token.find()).isTrue();
    mvc.perform(post("/admin/registers/" + wjj + "/decisions/import/confirm").param("token", token.group(1))
        .session(session).with(user(officer)).with(csrf()));
    assertThat(statistics.table(wjj, 2022).licensing()).isEqualTo(7);
    assertThat(statistics.table(wjj, 2022).feesWanYuan()).isEqualTo("0.75");
  }

  @Test
  void aDuplicateDocumentNumberComesBackAsAChineseFieldMessage() throws Exception {
    String html = mvc.perform(post("/admin/registers/" + wjj + "/documents").with(user(officer)).with(csrf())
            .param("kind", "NORMATIVE").param("number", "示卫规〔" + (java.time.LocalDate.now().getYear() - 7) + "〕8号").param("title", "重复")
            .param("issuedOn", "2024-01-01").param("status", "IN_FORCE"))
        .andReturn().getResponse().getContentAsString();
    assertThat(html).contains("已登记（示例县卫健局政务公开工作规则），不能重复登记", "表单有错误");
  }

  @Test
  void supervisorsReadButCannotImport() throws Exception {
    StaffPrincipal supervisor = (StaffPrincipal) users.loadUserByUsername("xian-supervisor");
    int status = mvc.perform(multipart("/admin/registers/" + wjj + "/decisions/import").file(
            new MockMultipartFile("file", "a.csv", "text/csv", new byte[] {1})).with(user(supervisor)).with(csrf()))
        .andReturn().getResponse().getStatus();
    assertThat(status).isEqualTo(403);
  }
}
