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
  private static final Set<Role> EDITORS = EnumSet.of(Role.SYSTEM_ADMIN, Role.OFFICER, Role.LEADER);
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
      // annualreport
      Map.entry("GET /admin/annual-reports", new Rule(ALL, false)),
      Map.entry("GET /admin/agencies/{agencyId}/annual-reports/{year}", new Rule(ALL, true)),
      Map.entry("POST /admin/agencies/{agencyId}/annual-reports/{year}/sections", new Rule(EDITORS, true)),
      Map.entry("POST /admin/agencies/{agencyId}/annual-reports/{year}/overrides", new Rule(EDITORS, true)),
      Map.entry("POST /admin/agencies/{agencyId}/annual-reports/{year}/overrides/clear", new Rule(EDITORS, true)),
      Map.entry("POST /admin/agencies/{agencyId}/annual-reports/import", new Rule(EDITORS, true)),
      Map.entry("POST /admin/agencies/{agencyId}/annual-reports/{year}/submit", new Rule(EDITORS, true)),
      Map.entry("POST /admin/agencies/{agencyId}/annual-reports/{year}/return", new Rule(DECIDERS, true)),
      Map.entry("POST /admin/agencies/{agencyId}/annual-reports/{year}/approve", new Rule(DECIDERS, true)),
      Map.entry("POST /admin/agencies/{agencyId}/annual-reports/{year}/publish", new Rule(DECIDERS, true)),
      Map.entry("POST /admin/agencies/{agencyId}/annual-reports/{year}/correct", new Rule(EDITORS, true))));


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

  @BeforeEach
  void fixtures() {
    // Own = the health bureau in 示例县 (the supervisor's region); other = the finance bureau in 示例区, outside it.
    ownAgency = agencies.findByCode("shixian-wjj").orElseThrow().id();
    otherAgency = agencies.findByCode("shiqu-czj").orElseThrow().id();
    ownUser = userId("wjj-officer");
    if (jdbc.sql("SELECT COUNT(*) FROM staff_user WHERE username = 'czj-officer'").query(Long.class).single() == 0) {
      staff.createUser("czj-officer", "财政局经办人（测试）", Role.OFFICER, otherAgency, null, "test1234567", false);
    }
    otherUser = userId("czj-officer");
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

  private long userId(String username) {
    return jdbc.sql("SELECT id FROM staff_user WHERE username = :u").param("u", username).query(Long.class).single();
  }
}
