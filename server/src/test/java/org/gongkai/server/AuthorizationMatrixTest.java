package org.gongkai.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.gongkai.server.agency.AgencyApi;
import org.gongkai.server.shared.Role;
import org.gongkai.server.shared.StaffPrincipal;
import org.gongkai.server.staff.StaffApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every back-office endpoint, read from the route table, × every role × the caller's own or another agency. The
 * expectations are written out below by hand; an endpoint missing from them fails the test, so none can escape.
 * Each request runs in a transaction that is rolled back, so allowed changes leave no trace.
 */
class AuthorizationMatrixTest extends IntegrationTest {

  /** Who may call an endpoint: the roles, and whether the call is limited to the caller's own agency or region. */
  record Rule(Set<Role> roles, boolean scoped) {
    boolean allows(Role role, boolean own) {
      return roles.contains(role) && (!scoped || own || role == Role.SYSTEM_ADMIN);
    }
  }

  private static final Set<Role> ALL = EnumSet.allOf(Role.class);
  private static final Set<Role> SA = EnumSet.of(Role.SYSTEM_ADMIN);
  private static final Set<Role> ADMINS = EnumSet.of(Role.SYSTEM_ADMIN, Role.AGENCY_ADMIN);
  private static final Set<Role> EDITORS = EnumSet.of(Role.OFFICER, Role.REVIEWER, Role.LEADER);
  private static final Set<Role> CATALOGUE = EnumSet.of(Role.SYSTEM_ADMIN, Role.AGENCY_ADMIN, Role.OFFICER);
  private static final Set<Role> REVIEWER = EnumSet.of(Role.REVIEWER);
  private static final Set<Role> LEADER = EnumSet.of(Role.LEADER);
  private static final Set<Role> HANDLERS = EDITORS;
  private static final Set<Role> OFFICER = EnumSet.of(Role.OFFICER);
  private static final Set<Role> REPORT_EDITORS = EnumSet.of(Role.SYSTEM_ADMIN, Role.OFFICER, Role.LEADER);
  private static final Set<Role> DECIDERS = EnumSet.of(Role.SYSTEM_ADMIN, Role.LEADER);

  private static final Map<String, Rule> EXPECTED = new TreeMap<>(Map.ofEntries(
      Map.entry("GET /admin", new Rule(ALL, false)),
      Map.entry("POST /admin/switch-agency", new Rule(EnumSet.of(Role.SYSTEM_ADMIN, Role.SUPERVISOR), true)),
      Map.entry("GET /admin/agencies", new Rule(ALL, false)),
      Map.entry("GET /admin/agencies/new", new Rule(SA, false)),
      Map.entry("POST /admin/agencies", new Rule(SA, false)),
      Map.entry("GET /admin/agencies/{agencyId}", new Rule(ALL, true)),
      Map.entry("GET /admin/agencies/{agencyId}/edit", new Rule(ADMINS, true)),
      Map.entry("POST /admin/agencies/{agencyId}", new Rule(ADMINS, true)),
      Map.entry("POST /admin/agencies/{agencyId}/deactivate", new Rule(SA, false)),
      Map.entry("POST /admin/agencies/{agencyId}/activate", new Rule(SA, false)),
      Map.entry("GET /admin/regions", new Rule(SA, false)),
      Map.entry("POST /admin/regions", new Rule(SA, false)),
      Map.entry("GET /admin/users", new Rule(ADMINS, false)),
      Map.entry("GET /admin/users/new", new Rule(ADMINS, false)),
      Map.entry("POST /admin/users", new Rule(ADMINS, true)),
      Map.entry("GET /admin/users/{userId}/edit", new Rule(ADMINS, true)),
      Map.entry("POST /admin/users/{userId}", new Rule(ADMINS, true)),
      Map.entry("POST /admin/users/{userId}/password", new Rule(ADMINS, true)),
      Map.entry("POST /admin/users/{userId}/unlock", new Rule(ADMINS, true)),
      Map.entry("GET /admin/audit", new Rule(ADMINS, false)),
      // registers and appeal: everyone reads within scope, the agency's disclosure staff change
      Map.entry("GET /admin/registers", new Rule(ALL, false)),
      Map.entry("GET /admin/registers/{agencyId}/documents", new Rule(ALL, true)),
      Map.entry("GET /admin/registers/{agencyId}/documents/new", new Rule(EDITORS, true)),
      Map.entry("POST /admin/registers/{agencyId}/documents", new Rule(EDITORS, true)),
      Map.entry("GET /admin/registers/{agencyId}/documents/{documentId}", new Rule(ALL, true)),
      Map.entry("GET /admin/registers/{agencyId}/documents/{documentId}/edit", new Rule(EDITORS, true)),
      Map.entry("POST /admin/registers/{agencyId}/documents/{documentId}", new Rule(EDITORS, true)),
      Map.entry("GET /admin/registers/{agencyId}/cleanups", new Rule(ALL, true)),
      Map.entry("GET /admin/registers/{agencyId}/cleanups/new", new Rule(EDITORS, true)),
      Map.entry("POST /admin/registers/{agencyId}/cleanups", new Rule(EDITORS, true)),
      Map.entry("GET /admin/registers/{agencyId}/cleanups/{cleanupId}", new Rule(ALL, true)),
      Map.entry("GET /admin/registers/{agencyId}/decisions", new Rule(ALL, true)),
      Map.entry("POST /admin/registers/{agencyId}/decisions", new Rule(EDITORS, true)),
      Map.entry("POST /admin/registers/{agencyId}/decisions/import", new Rule(EDITORS, true)),
      Map.entry("POST /admin/registers/{agencyId}/decisions/import/confirm", new Rule(EDITORS, true)),
      Map.entry("GET /admin/appeals", new Rule(ALL, false)),
      Map.entry("GET /admin/appeals/{agencyId}/cases", new Rule(ALL, true)),
      Map.entry("GET /admin/appeals/{agencyId}/cases/new", new Rule(EDITORS, true)),
      Map.entry("POST /admin/appeals/{agencyId}/cases", new Rule(EDITORS, true)),
      Map.entry("GET /admin/appeals/{agencyId}/cases/{caseId}", new Rule(ALL, true)),
      Map.entry("GET /admin/appeals/{agencyId}/cases/{caseId}/edit", new Rule(EDITORS, true)),
      Map.entry("POST /admin/appeals/{agencyId}/cases/{caseId}", new Rule(EDITORS, true)),
      Map.entry("POST /admin/appeals/{agencyId}/cases/{caseId}/documents", new Rule(EDITORS, true)),
      Map.entry("GET /admin/appeals/{agencyId}/cases/{caseId}/documents/{fileId}", new Rule(ALL, true)),
      // --- disclosure (主动公开) ---
      Map.entry("GET /admin/disclosure", new Rule(ALL, false)),
      Map.entry("GET /admin/disclosure/{agencyId}", new Rule(ALL, true)),
      Map.entry("GET /admin/disclosure/{agencyId}/catalogue", new Rule(ALL, true)),
      Map.entry("POST /admin/disclosure/{agencyId}/catalogue", new Rule(CATALOGUE, true)),
      Map.entry("POST /admin/disclosure/{agencyId}/catalogue/{categoryId}", new Rule(CATALOGUE, true)),
      Map.entry("GET /admin/disclosure/{agencyId}/settings", new Rule(ADMINS, true)),
      Map.entry("POST /admin/disclosure/{agencyId}/settings", new Rule(ADMINS, true)),
      Map.entry("GET /admin/disclosure/{agencyId}/publications/new", new Rule(OFFICER, true)),
      Map.entry("POST /admin/disclosure/{agencyId}/publications", new Rule(OFFICER, true)),
      Map.entry("GET /admin/disclosure/{agencyId}/publications/{publicationId}", new Rule(ALL, true)),
      Map.entry("GET /admin/disclosure/{agencyId}/publications/{publicationId}/edit", new Rule(OFFICER, true)),
      Map.entry("POST /admin/disclosure/{agencyId}/publications/{publicationId}", new Rule(OFFICER, true)),
      Map.entry("POST /admin/disclosure/{agencyId}/publications/{publicationId}/attachments", new Rule(OFFICER, true)),
      Map.entry("POST /admin/disclosure/{agencyId}/publications/{publicationId}/submit", new Rule(OFFICER, true)),
      Map.entry("POST /admin/disclosure/{agencyId}/publications/{publicationId}/review", new Rule(REVIEWER, true)),
      Map.entry("POST /admin/disclosure/{agencyId}/publications/{publicationId}/approve", new Rule(LEADER, true)),
      Map.entry("POST /admin/disclosure/{agencyId}/publications/{publicationId}/new-version", new Rule(OFFICER, true)),
      Map.entry("POST /admin/disclosure/{agencyId}/publications/{publicationId}/withdraw", new Rule(LEADER, true)),
      // --- end disclosure ---
      // --- requests (依申请公开) ---
      Map.entry("GET /admin/requests", new Rule(HANDLERS, false)),
      Map.entry("GET /admin/requests/new", new Rule(OFFICER, false)),
      Map.entry("POST /admin/requests", new Rule(OFFICER, false)),
      Map.entry("GET /admin/requests/{requestId}", new Rule(HANDLERS, true)),
      Map.entry("POST /admin/requests/{requestId}/reveal", new Rule(OFFICER, true)),
      Map.entry("POST /admin/requests/{requestId}/steps", new Rule(HANDLERS, true)),
      Map.entry("GET /admin/requests/{requestId}/letters/{kind}", new Rule(HANDLERS, true)),
      Map.entry("GET /admin/requests/{requestId}/attachments/{attachmentId}", new Rule(HANDLERS, true)),
      Map.entry("GET /admin/requests/approvals", new Rule(EnumSet.of(Role.REVIEWER, Role.LEADER), false)),
      Map.entry("GET /admin/requests/statistics",
          new Rule(EnumSet.of(Role.OFFICER, Role.REVIEWER, Role.LEADER, Role.AGENCY_ADMIN), false)),
      Map.entry("GET /admin/requests/settings", new Rule(EnumSet.of(Role.OFFICER, Role.AGENCY_ADMIN), false)),
      Map.entry("POST /admin/requests/settings", new Rule(EnumSet.of(Role.AGENCY_ADMIN), false)),
      Map.entry("POST /admin/requests/templates", new Rule(EnumSet.of(Role.OFFICER, Role.AGENCY_ADMIN), false)),
      // intake platform API keys: the agency admin for its own agency, the system admin for any
      Map.entry("GET /admin/requests/api-keys", new Rule(ADMINS, false)),
      Map.entry("POST /admin/requests/api-keys", new Rule(ADMINS, true)),
      Map.entry("POST /admin/requests/api-keys/{keyId}/revoke", new Rule(ADMINS, true)),
      // --- end requests ---
      // annualreport
      Map.entry("GET /admin/annual-reports", new Rule(ALL, false)),
      Map.entry("GET /admin/agencies/{agencyId}/annual-reports/{year}", new Rule(ALL, true)),
      Map.entry("POST /admin/agencies/{agencyId}/annual-reports/{year}/sections", new Rule(REPORT_EDITORS, true)),
      Map.entry("POST /admin/agencies/{agencyId}/annual-reports/{year}/overrides", new Rule(REPORT_EDITORS, true)),
      Map.entry("POST /admin/agencies/{agencyId}/annual-reports/{year}/overrides/clear", new Rule(REPORT_EDITORS, true)),
      Map.entry("POST /admin/agencies/{agencyId}/annual-reports/import", new Rule(REPORT_EDITORS, true)),
      Map.entry("POST /admin/agencies/{agencyId}/annual-reports/{year}/submit", new Rule(REPORT_EDITORS, true)),
      Map.entry("POST /admin/agencies/{agencyId}/annual-reports/{year}/return", new Rule(DECIDERS, true)),
      Map.entry("POST /admin/agencies/{agencyId}/annual-reports/{year}/approve", new Rule(DECIDERS, true)),
      Map.entry("POST /admin/agencies/{agencyId}/annual-reports/{year}/publish", new Rule(DECIDERS, true)),
      Map.entry("POST /admin/agencies/{agencyId}/annual-reports/{year}/correct", new Rule(REPORT_EDITORS, true))));


  private static final Map<Role, String> ACTORS = Map.of(
      Role.SYSTEM_ADMIN, "admin", Role.AGENCY_ADMIN, "wjj-admin", Role.OFFICER, "wjj-officer",
      Role.REVIEWER, "wjj-reviewer", Role.LEADER, "wjj-leader", Role.SUPERVISOR, "xian-supervisor");

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;
  @Autowired
  UserDetailsService users;
  @Autowired
  AgencyApi agencies;
  @Autowired
  StaffApi staff;
  @Autowired
  JdbcClient jdbc;
  @Autowired
  TransactionTemplate tx;

  private long ownAgency;
  private long otherAgency;
  private long ownUser;
  private long otherUser;
  private long[] ownRequest;
  private long[] otherRequest;
  private long ownKey;
  private long otherKey;

  @BeforeEach
  void fixtures() throws Exception {
    // Own = the health bureau in 示例县 (the supervisor's region); other = the finance bureau in 示例区, outside it.
    ownAgency = agencies.findByCode("shixian-wjj").orElseThrow().id();
    otherAgency = agencies.findByCode("shiqu-czj").orElseThrow().id();
    ownUser = userId("wjj-officer");
    if (jdbc.sql("SELECT COUNT(*) FROM staff_user WHERE username = 'czj-officer'").query(Long.class).single() == 0) {
      staff.createUser("czj-officer", "财政局经办人（测试）", Role.OFFICER, otherAgency, null, "test1234567", false);
    }
    otherUser = userId("czj-officer");
    ownRequest = portalRequest("shixian-wjj");
    otherRequest = portalRequest("shiqu-czj");
    ownKey = apiKey(ownAgency);
    otherKey = apiKey(otherAgency);
  }

  /** An intake platform API key of the agency (its hash column holds a made-up value; only the id matters here). */
  private long apiKey(long agency) {
    String hash = String.format("%064d", agency);
    if (jdbc.sql("SELECT COUNT(*) FROM request_api_key WHERE key_hash = :h").param("h", hash).query(Long.class)
        .single() == 0) {
      jdbc.sql("INSERT INTO request_api_key (agency_id, key_hash, label, created_at) VALUES (:a, :h, '矩阵测试', "
          + "CURRENT_TIMESTAMP)").param("a", agency).param("h", hash).update();
    }
    return jdbc.sql("SELECT id FROM request_api_key WHERE key_hash = :h").param("h", hash).query(Long.class).single();
  }

  /** A request with one PDF attachment, submitted through the public form; its id and its attachment's id. */
  private long[] portalRequest(String agencyCode) throws Exception {
    String token = java.util.UUID.nameUUIDFromBytes(("matrix-" + agencyCode).getBytes()).toString();
    if (jdbc.sql("SELECT COUNT(*) FROM disclosure_request WHERE idempotency_token = :t").param("t", token)
        .query(Long.class).single() == 0) {
      mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
          .multipart("/agencies/" + agencyCode + "/apply")
          .file(new org.springframework.mock.web.MockMultipartFile("files", "a.pdf", "application/pdf",
              "%PDF-1.4 matrix".getBytes()))
          .param("kind", "NATURAL").param("name", "矩阵测试").param("idType", "ID_CARD")
          .param("idNumber", "110101199001011234").param("phone", "13812345678").param("email", "m@example.org")
          .param("description", "矩阵测试").param("provisionForm", "ELECTRONIC").param("delivery", "EMAIL")
          .param("token", token).with(csrf()));
    }
    long id = jdbc.sql("SELECT id FROM disclosure_request WHERE idempotency_token = :t").param("t", token)
        .query(Long.class).single();
    long attachment = jdbc.sql("SELECT MIN(id) FROM request_attachment WHERE request_id = :r").param("r", id)
        .query(Long.class).single();
    return new long[] {id, attachment};
  }

  @Test
  void theExpectationsCoverExactlyTheBackOfficeRoutes() {
    assertThat(adminRoutes()).isEqualTo(EXPECTED.keySet());
  }

  @Test
  void everyRoleGetsExactlyWhatTheTableSays() throws Exception {
    List<String> wrong = new ArrayList<>();
    int calls = 0;
    for (String route : adminRoutes()) {
      Rule rule = EXPECTED.get(route);
      if (rule == null) {
        continue;
      }
      for (Role role : Role.values()) {
        for (boolean own : new boolean[] {true, false}) {
          boolean allowed = rule.allows(role, own);
          int status = call(route, role, own);
          calls++;
          boolean ok = allowed ? status != 403 && status < 500 && status != 401 : status == 403;
          if (!ok) {
            wrong.add(route + " as " + role + (own ? " (own)" : " (other)") + ": expected "
                + (allowed ? "allowed" : "403") + ", got " + status);
          }
        }
      }
    }
    assertThat(wrong).as("authorization mismatches").isEmpty();
    assertThat(calls).isEqualTo(EXPECTED.size() * Role.values().length * 2);
  }

  @Test
  void anonymousCallersAreSentToTheLoginPage() throws Exception {
    for (String route : adminRoutes()) {
      MvcResult r = mvc.perform(request(route, true).with(csrf())).andReturn();
      assertThat(r.getResponse().getStatus()).as(route).isEqualTo(302);
      assertThat(r.getResponse().getRedirectedUrl()).as(route).endsWith("/login");
    }
  }

  private int call(String route, Role role, boolean own) {
    StaffPrincipal actor = (StaffPrincipal) users.loadUserByUsername(ACTORS.get(role));
    return tx.execute(status -> {
      status.setRollbackOnly();
      try {
        return mvc.perform(request(route, own).with(user(actor)).with(csrf())).andReturn().getResponse().getStatus();
      } catch (Exception e) {
        // An exception escaping MockMvc would be a 500 page for a real client.
        return 500;
      }
    });
  }

  private MockHttpServletRequestBuilder request(String route, boolean own) {
    String method = route.substring(0, route.indexOf(' '));
    long agency = own ? ownAgency : otherAgency;
    String uri = route.substring(route.indexOf(' ') + 1)
        .replace("{agencyId}", Long.toString(agency))
        .replace("{userId}", Long.toString(own ? ownUser : otherUser))
        // registers and appeal: a record of the same agency as the path's agency (from the demo data)
        .replace("{documentId}", firstId("register_document", "agency_id", agency))
        .replace("{cleanupId}", firstId("register_cleanup", "agency_id", agency))
        .replace("{caseId}", firstId("appeal_case", "agency_id", agency))
        .replace("{fileId}", Long.toString(jdbc.sql("SELECT COALESCE(MIN(d.id), 0) FROM appeal_document d JOIN "
            + "appeal_case c ON c.id = d.case_id WHERE c.agency_id = :a").param("a", agency).query(Long.class).single()))
        // --- disclosure (主动公开): a demo publication and catalogue entry of the agency ---
        .replace("{publicationId}", firstId("publication", "agency_id", agency))
        .replace("{categoryId}", firstId("disclosure_category", "agency_id", agency))
        .replace("{requestId}", Long.toString((own ? ownRequest : otherRequest)[0]))
        .replace("{attachmentId}", Long.toString((own ? ownRequest : otherRequest)[1]))
        .replace("{kind}", "REPLY_GRANTED")
        .replace("{keyId}", Long.toString(own ? ownKey : otherKey))
        .replace("{year}", "2025");
    MockHttpServletRequestBuilder b = MockMvcRequestBuilders.request(HttpMethod.valueOf(method), uri);
    if (method.equals("POST")) {
      // Every parameter any endpoint requires, so that argument binding never answers before authorization.
      b.param("agencyId", Long.toString(agency)).param("password", "newpass12345").param("name", "测试区")
          .param("code", "matrix-test").param("fullName", "测试单位").param("shortName", "测试")
          .param("kind", "DEPARTMENT").param("regionId", Long.toString(agencies.find(agency).orElseThrow().regionId()))
          .param("username", "matrix-user").param("displayName", "测试人员").param("role", "OFFICER")
          .param("active", "true")
          // annualreport
          .param("number", "五").param("text", "测试文字").param("path", "proactive.licensing").param("value", "1")
          .param("reason", "矩阵测试理由");
    }
    return b;
  }

  private Set<String> adminRoutes() {
    Set<String> routes = new TreeSet<>();
    for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
      Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
      for (String pattern : info.getPatternValues()) {
        if (pattern.equals("/admin") || pattern.startsWith("/admin/")) {
          if (methods.isEmpty()) {
            routes.add("GET " + pattern);
          }
          methods.forEach(m -> routes.add(m.name() + " " + pattern));
        }
      }
    }
    return routes;
  }

  private String firstId(String table, String column, long agency) {
    return Long.toString(jdbc.sql("SELECT COALESCE(MIN(id), 0) FROM " + table + " WHERE " + column + " = :a")
        .param("a", agency).query(Long.class).single());
  }

  private long userId(String username) {
    return jdbc.sql("SELECT id FROM staff_user WHERE username = :u").param("u", username).query(Long.class).single();
  }
}
