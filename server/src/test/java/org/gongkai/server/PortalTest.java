package org.gongkai.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.server.agency.AgencyApi;
import org.springframework.beans.factory.annotation.Autowired;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The public pages render the demo agencies and reports, and errors come back as Chinese pages. */
class PortalTest extends IntegrationTest {
  @Autowired
  AgencyApi agencies;

  /** Fetched over real HTTP, so that the container's error pages are part of what is checked. */
  private String page(String uri, int status) throws Exception {
    return page(HttpClient.newHttpClient(), uri, status);
  }

  private String page(HttpClient client, String uri, int status) throws Exception {
    HttpResponse<String> r = client.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + uri)).header("Accept", "text/html,*/*").build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(uri).isEqualTo(status);
    return r.body();
  }

  @Test
  void homeListsAgenciesByRegion() throws Exception {
    String html = page("/", 200);
    assertThat(html).contains("示例省示例市示例县", "示例省示例市示例区", "示例县卫生健康局", "/agencies/shixian-wjj");
  }

  @Test
  void agencyPageHasGuideColumnsAndReports() throws Exception {
    String html = page("/agencies/shixian-wjj", 200);
    assertThat(html).contains("政府信息公开指南", "主动公开", "依申请公开", "年度报告", "查看全部主动公开信息",
        "/agencies/shixian-wjj/reports/2025", "0000-1000002");
  }

  @Test
  void reportPageShowsTheTablesOfThePublishedReport() throws Exception {
    String html = page("/agencies/shixian-wjj/reports/2025", 200);
    assertThat(html).contains("示例县卫生健康局2025年政府信息公开工作年度报告", "一、本年新收政府信息公开申请数量",
        "（七）总计", "行政复议");
  }

  @Test
  void unknownAgencyOrYearIsAChinese404WithoutTrace() throws Exception {
    assertThat(page("/agencies/no-such-agency", 404)).contains("页面不存在").doesNotContain("Exception");
    assertThat(page("/agencies/shixian-jyj/reports/2025", 404)).contains("页面不存在");
  }

  @Test
  void malformedIdIsAChinese400() throws Exception {
    assertThat(page("/agencies/shixian-wjj/reports/abc", 400)).contains("请求有误").doesNotContain("Exception");
  }

  @Test
  void anotherAgencysIdInTheAddressIsAChinese403() throws Exception {
    HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    String form = page(client, "/login", 200);
    Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form);
    assertThat(token.find()).isTrue();
    HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("username=wjj-officer&password=gongkai2026&_csrf="
            + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(login.statusCode()).isEqualTo(302);
    long other = agencies.findByCode("shiqu-czj").orElseThrow().id();
    assertThat(page(client, "/admin/agencies/" + other, 403)).contains("没有权限").doesNotContain("Exception");
    assertThat(page(client, "/admin/agencies/" + agencies.findByCode("shixian-wjj").orElseThrow().id(), 200))
        .contains("示例县卫生健康局");
  }

  @Test
  void healthIsPublic() throws Exception {
    assertThat(page("/actuator/health", 200)).contains("UP");
  }
}
