package org.gongkai.server.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import org.gongkai.server.IntegrationTest;
import org.gongkai.server.agency.AgencyApi;
import org.gongkai.server.shared.Role;
import org.gongkai.server.shared.StaffPrincipal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The intake platform API over HTTP (MockMvc): keys, submission, idempotency, errors, status and outcome. */
class PlatformApiTest extends IntegrationTest {
  @Autowired
  ApiKeys keys;
  @Autowired
  AgencyApi agencies;
  @Autowired
  RequestService service;
  @Autowired
  Deadlines deadlines;
  @Autowired
  JdbcClient jdbc;
  @Autowired
  UserDetailsService users;

  private long wjj;
  private long czj;
  private String wjjKey;
  private String czjKey;

  @BeforeEach
  void keys() {
    wjj = agencies.findByCode("shixian-wjj").orElseThrow().id();
    czj = agencies.findByCode("shiqu-czj").orElseThrow().id();
    wjjKey = keys.create(wjj, "测试平台", "test").clearKey();
    czjKey = keys.create(czj, "测试平台", "test").clearKey();
  }

  private static String body(String ref, String description) {
    return """
        {"platformRequestId": "%s", "applicantKind": "NATURAL", "name": "张三", "idType": "ID_CARD",
         "idNumber": "11010119900101123x", "phone": "13812345678", "email": "zhangsan@example.org",
         "description": "%s", "provisionForm": "ELECTRONIC", "delivery": "EMAIL"}""".formatted(ref, description);
  }

  private static String ref() {
    return "SD-" + UUID.randomUUID();
  }

  private ResultActions submit(String key, String json) throws Exception {
    MockHttpServletRequestBuilder b = post("/api/v1/requests").contentType(MediaType.APPLICATION_JSON).content(json);
    if (key != null) {
      b.header("X-Api-Key", key);
    }
    return mvc.perform(b);
  }

  private ResultActions read(String key, String ref) throws Exception {
    return mvc.perform(get("/api/v1/requests/" + ref).header("X-Api-Key", key));
  }

  private long requestId(long agency, String ref) {
    return jdbc.sql("SELECT id FROM disclosure_request WHERE agency_id = :a AND platform_ref = :r")
        .param("a", agency).param("r", ref).query(Long.class).single();
  }

  @Test
  void aSubmissionIsRegisteredOnTheNetworkChannelOnTheDayItArrives() throws Exception {
    String ref = ref();
    MvcResult r = submit(wjjKey, body(ref, "本县2025年医疗机构名单")).andExpect(status().isCreated())
        .andExpect(header().string("Location", "/api/v1/requests/" + ref))
        .andExpect(jsonPath("$.platformRequestId").value(ref))
        .andExpect(jsonPath("$.number").value("〔" + LocalDate.now().getYear() + "〕"
            + jdbc.sql("SELECT number_seq FROM disclosure_request WHERE platform_ref = :r").param("r", ref)
                .query(Integer.class).single() + "号"))
        .andExpect(jsonPath("$.trackingCode").value(org.hamcrest.Matchers.matchesPattern("[A-Z2-9]{10}")))
        .andExpect(jsonPath("$.queryPassword").value(org.hamcrest.Matchers.matchesPattern("[A-Z2-9]{8}")))
        .andExpect(jsonPath("$.receivedOn").value(LocalDate.now().toString()))
        .andExpect(jsonPath("$.statusUrl").value("/api/v1/requests/" + ref))
        .andReturn();
    assertThat(r.getResponse().getHeader("Set-Cookie")).as("stateless: no session").isNull();
    DisclosureRequest stored = service.require(requestId(wjj, ref));
    assertThat(stored.channel()).isEqualTo(Channel.ONLINE);
    assertThat(stored.receivedOn()).isEqualTo(LocalDate.now());
    assertThat(stored.state()).isEqualTo(RequestState.REGISTERED);
    assertThat(stored.idNumberEnc()).doesNotContain("110101");
    assertThat(service.history(stored.id()).get(0).actor()).startsWith("平台接口密钥#");
    // The applicant's own status page accepts the code and password the platform received.
    String code = stored.trackingCode();
    String secret = jdbc.sql("SELECT secret_enc FROM disclosure_request WHERE id = :id").param("id", stored.id())
        .query(String.class).single();
    assertThat(secret).doesNotContain(code);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'request.api.submit' AND target = :t")
        .param("t", "request:" + stored.id()).query(Long.class).single()).isEqualTo(1);
  }

  @Test
  void resubmittingTheSameRequestGivesTheSameReceiptAndNoDuplicate() throws Exception {
    String ref = ref();
    String first = submit(wjjKey, body(ref, "重复提交测试")).andExpect(status().isCreated()).andReturn()
        .getResponse().getContentAsString();
    // Whitespace around values is not a difference: the form strips it too.
    String again = submit(wjjKey, body(ref, "  重复提交测试 ")).andExpect(status().isOk()).andReturn()
        .getResponse().getContentAsString();
    assertThat(again).isEqualTo(first);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM disclosure_request WHERE platform_ref = :r").param("r", ref)
        .query(Long.class).single()).isEqualTo(1);
  }

  @Test
  void theSameIdWithOtherContentIsAConflict() throws Exception {
    String ref = ref();
    submit(wjjKey, body(ref, "原来的内容")).andExpect(status().isCreated());
    submit(wjjKey, body(ref, "另外的内容")).andExpect(status().isConflict())
        .andExpect(jsonPath("$.error").value("平台申请编号“" + ref + "”已用于内容不同的另一件申请，请勿重复使用编号"));
    submit(wjjKey, body(ref, "原来的内容").replace("13812345678", "13900000000")).andExpect(status().isConflict());
    // Another agency has its own numbering: the same platform id there is a new request.
    submit(czjKey, body(ref, "另外的内容")).andExpect(status().isCreated());
  }

  @Test
  void invalidSubmissionsAreRefusedFieldByFieldInChinese() throws Exception {
    String json = """
        {"platformRequestId": "", "applicantKind": "COMMERCIAL", "name": " ", "idType": "ID_CARD",
         "idNumber": "12345", "phone": "abc", "description": "某信息", "provisionForm": "PAPER", "delivery": "EMAIL",
         "postcode": "12"}""";
    submit(wjjKey, json).andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.error").value("申请内容有误，请按 fields 中的说明修改"))
        .andExpect(jsonPath("$.fields.platformRequestId").value(org.hamcrest.Matchers.startsWith("平台申请编号必填")))
        .andExpect(jsonPath("$.fields.name").value("请填写申请人姓名或单位名称"))
        .andExpect(jsonPath("$.fields.contactPerson").value("法人或其他组织申请的，请填写联系人"))
        .andExpect(jsonPath("$.fields.idNumber").value("居民身份证号码应为18位（最后一位可以是X）"))
        .andExpect(jsonPath("$.fields.phone").value("联系电话格式不正确，请填写7至20位数字"))
        .andExpect(jsonPath("$.fields.email").value("选择以电子邮件获取信息时，请填写电子邮箱"))
        .andExpect(jsonPath("$.fields.postcode").value("邮政编码应为6位数字"))
        .andExpect(jsonPath("$.fields.length()").value(7));
    submit(wjjKey, "{\"platformRequestId\": \"x1\"}").andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.fields.applicantKind").value("请选择申请人类型"))
        .andExpect(jsonPath("$.fields.delivery").value("请选择获取信息的方式"));
    submit(wjjKey, body(ref(), "x").replace("\"NATURAL\"", "\"ROBOT\"")).andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.error").value("请求体中有字段的取值不正确"))
        .andExpect(jsonPath("$.fields.applicantKind").value("取值不正确，请按接口文档填写"));
    submit(wjjKey, "{not json").andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.error").value("请求体不是有效的JSON"));
    mvc.perform(post("/api/v1/requests").header("X-Api-Key", wjjKey).contentType(MediaType.TEXT_PLAIN).content("x"))
        .andExpect(status().isUnsupportedMediaType()).andExpect(jsonPath("$.error").value(
            "请以 Content-Type: application/json 提交"));
    submit(wjjKey, body(ref(), "长".repeat(70_000))).andExpect(status().isPayloadTooLarge())
        .andExpect(jsonPath("$.error").value("请求体过大（不能超过64KB）"));
  }

  @Test
  void anUnknownAddressOrMethodIsAnsweredInChineseJsonOverRealHttp() throws Exception {
    java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
    java.net.http.HttpResponse<String> missing = http.send(java.net.http.HttpRequest.newBuilder(
            java.net.URI.create("http://localhost:" + port + "/api/v1/no-such-thing"))
        .header("X-Api-Key", wjjKey).header("Accept", "application/json").build(),
        java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.body()).contains("\"error\":\"请求的地址不存在。\"", "\"status\":404")
        .doesNotContain("timestamp", "trace", "exception", "Not Found");
    java.net.http.HttpResponse<String> method = http.send(java.net.http.HttpRequest.newBuilder(
            java.net.URI.create("http://localhost:" + port + "/api/v1/requests"))
        .header("X-Api-Key", wjjKey).header("Accept", "application/json").DELETE().build(),
        java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(method.statusCode()).isEqualTo(405);
    assertThat(method.body()).contains("不支持该请求方法").doesNotContain("Method Not Allowed");
  }

  @Test
  void missingWrongAndRevokedKeysAreRefusedWith401() throws Exception {
    submit(null, body(ref(), "x")).andExpect(status().isUnauthorized())
        .andExpect(jsonPath("$.error").value("未提供接口密钥，请在请求头 X-Api-Key 中提供"));
    submit(wjjKey + "x", body(ref(), "x")).andExpect(status().isUnauthorized())
        .andExpect(jsonPath("$.error").value("接口密钥无效"));
    ApiKeys.Created k = keys.create(wjj, "将被吊销", "test");
    String ref = ref();
    submit(k.clearKey(), body(ref, "x")).andExpect(status().isCreated());
    assertThat(keys.revoke(k.key().id(), "test")).isTrue();
    read(k.clearKey(), ref).andExpect(status().isUnauthorized())
        .andExpect(jsonPath("$.error").value("接口密钥已被吊销，请联系单位管理员"));
    mvc.perform(get("/api/v1/requests/" + ref)).andExpect(status().isUnauthorized())
        .andExpect(header().string("WWW-Authenticate", "ApiKey header=\"X-Api-Key\""));
    assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'request.api.denied' AND agency_id = :a")
        .param("a", wjj).query(Long.class).single()).isPositive();
  }

  @Test
  void aKeyReadsOnlyItsOwnAgencysRequests() throws Exception {
    String ref = ref();
    submit(wjjKey, body(ref, "只属于卫健局")).andExpect(status().isCreated());
    read(czjKey, ref).andExpect(status().isNotFound())
        .andExpect(jsonPath("$.error").value("没有找到平台申请编号为“" + ref + "”的申请（只能查询本单位密钥提交的申请）"));
    read(wjjKey, "no-such-id").andExpect(status().isNotFound());
    read(wjjKey, ref).andExpect(status().isOk());
  }

  @Test
  void theStatusFollowsTheOfficersStepsAndShowsTheOutcome() throws Exception {
    String ref = ref();
    submit(wjjKey, body(ref, "状态测试")).andExpect(status().isCreated());
    long id = requestId(wjj, ref);
    LocalDate today = LocalDate.now();
    read(wjjKey, ref).andExpect(status().isOk()).andExpect(jsonPath("$.state").value("REGISTERED"))
        .andExpect(jsonPath("$.stateLabel").value("已登记")).andExpect(jsonPath("$.steps.length()").value(1));

    RequestService.Actor officer = new RequestService.Actor("wjj-officer", Role.OFFICER, wjj);
    service.act(id, Step.ACCEPT, StepInput.on(today), officer);
    LocalDate due = deadlines.reply(service.require(id), service.history(id)).due();
    assertThat(due).isAfter(today.plusDays(20));
    read(wjjKey, ref).andExpect(jsonPath("$.state").value("IN_PROGRESS"))
        .andExpect(jsonPath("$.stateLabel").value("办理中"))
        .andExpect(jsonPath("$.steps[0].step").value("REGISTER"))
        .andExpect(jsonPath("$.steps[1].step").value("ACCEPT")).andExpect(jsonPath("$.steps[1].label").value("受理"))
        .andExpect(jsonPath("$.steps[1].date").value(today.toString()))
        .andExpect(jsonPath("$.dueDate").value(due.toString()))
        .andExpect(jsonPath("$.outcome").doesNotExist());

    service.act(id, Step.REPLY, new StepInput(today, null, null, "3.3.4", "第十五条", "涉及第三方商业秘密", null), officer);
    String json = read(wjjKey, ref).andExpect(jsonPath("$.state").value("REPLIED"))
        .andExpect(jsonPath("$.stateLabel").value("已答复"))
        .andExpect(jsonPath("$.outcome.code").value("3.3.4"))
        .andExpect(jsonPath("$.outcome.label").value("（三）不予公开 4.保护第三方合法权益"))
        .andExpect(jsonPath("$.outcome.date").value(today.toString()))
        .andExpect(jsonPath("$.dueDate").doesNotExist())
        .andReturn().getResponse().getContentAsString();
    // No personal data and no officer's notes: not the name, ID, phone, e-mail, description or reasons.
    assertThat(json).doesNotContain("张三", "11010119900101123", "13812345678", "zhangsan", "状态测试", "商业秘密",
        "wjj-officer");
  }

  @Test
  void theAdminIssuesAKeyShownOnceStoredOnlyAsItsHashAndRevokesIt() throws Exception {
    StaffPrincipal admin = (StaffPrincipal) users.loadUserByUsername("wjj-admin");
    MvcResult created = mvc.perform(post("/admin/requests/api-keys").param("agencyId", Long.toString(wjj))
            .param("label", "省级统一受理平台（测试）").with(user(admin)).with(csrf()))
        .andExpect(status().is3xxRedirection()).andReturn();
    String clear = (String) created.getFlashMap().get("clearKey");
    assertThat(clear).matches("gk_[A-Za-z0-9_-]{43}");
    String page = mvc.perform(get(created.getResponse().getRedirectedUrl()).with(user(admin))
            .flashAttrs(created.getFlashMap())).andExpect(status().isOk()).andReturn().getResponse()
        .getContentAsString();
    assertThat(page).contains(clear).contains("离开本页后将无法再次查看").contains("省级统一受理平台（测试）");
    String later = mvc.perform(get(created.getResponse().getRedirectedUrl()).with(user(admin)))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(later).doesNotContain(clear).contains(clear.substring(0, 8) + "…");

    long keyId = jdbc.sql("SELECT id FROM request_api_key WHERE label = '省级统一受理平台（测试）'")
        .query(Long.class).single();
    String stored = jdbc.sql("SELECT key_hash FROM request_api_key WHERE id = :id").param("id", keyId)
        .query(String.class).single();
    assertThat(stored).hasSize(64).isEqualTo(ApiKeys.hash(clear)).isNotEqualTo(clear);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM request_api_key WHERE key_hash = :c OR key_hint = :c OR label = :c")
        .param("c", clear).query(Long.class).single()).isZero();
    assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'request.apikey.create' AND target = :t")
        .param("t", "apikey:" + keyId).query(Long.class).single()).isEqualTo(1);

    String ref = ref();
    submit(clear, body(ref, "用新密钥提交")).andExpect(status().isCreated());
    // Another agency's admin cannot revoke it; its own admin can, and the key stops working at once.
    StaffPrincipal otherAdmin = (StaffPrincipal) users.loadUserByUsername("wjj-admin");
    assertThat(otherAdmin.agencyId()).isEqualTo(wjj);
    mvc.perform(post("/admin/requests/api-keys/" + keyId + "/revoke").with(user(admin)).with(csrf()))
        .andExpect(status().is3xxRedirection());
    read(clear, ref).andExpect(status().isUnauthorized());
  }

  @Test
  void theOpenApiDocumentDescribesExactlyThePlatformApi() throws Exception {
    mvc.perform(get("/api/docs")).andExpect(status().isOk())
        .andExpect(jsonPath("$.openapi").value(org.hamcrest.Matchers.startsWith("3.")))
        .andExpect(jsonPath("$.info.title").value("政府信息公开申请接口（省级统一受理平台）"))
        .andExpect(jsonPath("$.paths.length()").value(2))
        .andExpect(jsonPath("$.paths['/api/v1/requests'].post.summary").value("提交申请"))
        .andExpect(jsonPath("$.paths['/api/v1/requests'].post.responses['409']").exists())
        .andExpect(jsonPath("$.paths['/api/v1/requests/{platformRequestId}'].get.summary").value("查询办理状态"))
        .andExpect(jsonPath("$.components.securitySchemes.apiKey.type").value("apiKey"))
        .andExpect(jsonPath("$.components.securitySchemes.apiKey.in").value("header"))
        .andExpect(jsonPath("$.components.securitySchemes.apiKey.name").value("X-Api-Key"))
        .andExpect(jsonPath("$.components.schemas.Submission.properties.platformRequestId.description")
            .value(org.hamcrest.Matchers.startsWith("平台自己的申请编号")));
  }

  @Test
  void theSwaggerUiIsServedFromTheBundledWebjar() throws Exception {
    MvcResult ui = mvc.perform(get("/api/docs/ui")).andExpect(status().is3xxRedirection()).andReturn();
    String index = ui.getResponse().getRedirectedUrl();
    System.out.println("UI redirect: " + index);
    assertThat(index).startsWith("/api/docs/");
    String html = mvc.perform(get(index.replaceAll("\\?.*", ""))).andExpect(status().isOk()).andReturn()
        .getResponse().getContentAsString();
    assertThat(html).contains("swagger-ui");
    mvc.perform(get("/api/docs/swagger-config")).andExpect(status().isOk())
        .andExpect(jsonPath("$.url").value("/api/docs"));
  }
}
