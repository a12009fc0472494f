package org.gongkai.server.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.gongkai.server.agency.AgencyApi;
import org.gongkai.server.disclosure.DisclosureFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The public pages' cache in a real server with real commits (its own context: the shared one rolls tests back):
 * what is kept, what is never kept, and that a publication or a withdrawal shows at once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:gongkai-page-cache;DB_CLOSE_DELAY=-1",
    "gongkai.demo.enabled=true", "gongkai.portal.cache.enabled=true"})
class PageCacheTest {
  private static final String LIST = "/agencies/shixian-wjj/disclosure";

  @LocalServerPort
  int port;
  @Autowired
  PageCache cache;
  @Autowired
  DisclosureFixture disclosure;
  @Autowired
  AgencyApi agencies;
  @Autowired
  JdbcClient jdbc;

  private final HttpClient http = HttpClient.newHttpClient();

  private HttpResponse<String> get(String uri, String... headers) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + uri));
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private String header(HttpResponse<?> r, String name) {
    return r.headers().firstValue(name).orElse(null);
  }

  @Test
  void aPublicPageIsRenderedOnceAndServedWithTheSameHeadersAndAnEtag() throws Exception {
    HttpResponse<String> first = get(LIST);
    long hits = cache.cache().stats().hitCount();
    HttpResponse<String> second = get(LIST);
    assertThat(second.statusCode()).isEqualTo(200);
    assertThat(cache.cache().stats().hitCount()).isEqualTo(hits + 1);
    assertThat(second.body()).isEqualTo(first.body()).contains("示例县卫生健康局");
    assertThat(header(second, "ETag")).isNotBlank().isEqualTo(header(first, "ETag"));
    assertThat(header(second, "Cache-Control")).isEqualTo("no-cache");
    assertThat(header(second, "Content-Type")).isEqualTo("text/html;charset=UTF-8");
    // The security headers of the rendering travel with the kept page.
    assertThat(header(second, "Content-Security-Policy")).contains("default-src 'self'");
    assertThat(header(second, "X-Frame-Options")).isEqualTo("DENY");
    assertThat(header(second, "X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(second.headers().allValues("Set-Cookie")).isEmpty();

    HttpResponse<String> again = get(LIST, "If-None-Match", header(first, "ETag"));
    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(again.body()).isEmpty();
    assertThat(get(LIST, "If-None-Match", "\"other\"").statusCode()).isEqualTo(200);
  }

  @Test
  void aPublicationAndAWithdrawalShowAtOnce() throws Exception {
    long agency = agencies.findByCode("shixian-wjj").orElseThrow().id();
    long category = jdbc.sql("SELECT id FROM disclosure_category WHERE agency_id = :a AND name = '通知公告'")
        .param("a", agency).query(Long.class).single();
    String home = "/agencies/shixian-wjj";
    assertThat(get(LIST).body()).doesNotContain("关于缓存失效测试的通知");
    get(home);
    String search = "/agencies/shixian-wjj/disclosure/search?q=%E7%BC%93%E5%AD%98%E5%A4%B1%E6%95%88";
    assertThat(get(search).body()).contains("没有找到");

    long id = disclosure.publish(agency, category, "关于缓存失效测试的通知", "<p>正文。</p>", LocalDate.now());
    assertThat(get(LIST).body()).contains("关于缓存失效测试的通知");
    assertThat(get(home).body()).contains("关于缓存失效测试的通知");
    assertThat(get(search).body()).contains("关于缓存失效测试的通知");

    disclosure.withdraw(agency, id, "测试结束");
    assertThat(get(LIST).body()).doesNotContain("关于缓存失效测试的通知");
    assertThat(get(search).body()).doesNotContain("关于缓存失效测试的通知");
  }

  @Test
  void formsWithATokenErrorPagesAndVisitorsWithASessionAlwaysReachTheApplication() throws Exception {
    // The application form carries a CSRF token, so its rendering opens a session: never kept.
    HttpResponse<String> form1 = get("/agencies/shixian-wjj/apply");
    HttpResponse<String> form2 = get("/agencies/shixian-wjj/apply");
    assertThat(form1.statusCode()).isEqualTo(200);
    assertThat(header(form1, "ETag")).isNull();
    assertThat(header(form1, "Cache-Control")).contains("no-store");
    assertThat(form1.headers().allValues("Set-Cookie")).isNotEmpty();
    assertThat(token(form1.body())).isNotEqualTo(token(form2.body()));

    HttpResponse<String> missing = get("/agencies/no-such-agency");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(header(missing, "ETag")).isNull();
    assertThat(header(missing, "Cache-Control")).contains("no-store");

    get(LIST);
    long hits = cache.cache().stats().hitCount();
    HttpResponse<String> withSession = get(LIST, "Cookie", "JSESSIONID=0123456789ABCDEF");
    assertThat(withSession.statusCode()).isEqualTo(200);
    assertThat(header(withSession, "ETag")).isNull();
    assertThat(cache.cache().stats().hitCount()).isEqualTo(hits);
  }

  private static String token(String html) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
    return m.find() ? m.group(1) : null;
  }
}
