package org.gongkai.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.gongkai.server.agency.AgencyApi;
import org.gongkai.server.shared.Role;
import org.gongkai.server.staff.StaffApi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;

/** Sign-in through the real form: lock-out, forced password change, password rules, CSRF. */
class SignInTest extends IntegrationTest {
  @Autowired
  StaffApi staff;
  @Autowired
  AgencyApi agencies;
  @Autowired
  JdbcClient jdbc;

  private long wjj() {
    return agencies.findByCode("shixian-wjj").orElseThrow().id();
  }

  @Test
  void demoAccountSignsInToTheDashboard() throws Exception {
    mvc.perform(formLogin("/login").user("wjj-officer").password("gongkai2026"))
        .andExpect(redirectedUrl("/admin"));
  }

  @Test
  void fiveWrongPasswordsLockTheAccountEvenForTheRightPassword() throws Exception {
    staff.createUser("lock-test-1", "锁定测试", Role.OFFICER, wjj(), null, "right12345", false);
    for (int i = 1; i <= 4; i++) {
      mvc.perform(formLogin("/login").user("lock-test-1").password("wrong" + i)).andExpect(redirectedUrl("/login?error"));
    }
    mvc.perform(formLogin("/login").user("lock-test-1").password("wrong5")).andExpect(redirectedUrl("/login?locked"));
    mvc.perform(formLogin("/login").user("lock-test-1").password("right12345")).andExpect(redirectedUrl("/login?locked"));
    assertThat(jdbc.sql("SELECT action FROM audit_entry WHERE actor = 'lock-test-1' ORDER BY id")
        .query(String.class).list()).containsExactly("login.failure", "login.failure", "login.failure",
            "login.failure", "login.locked", "login.whileLocked");
  }

  @Test
  void aSuccessResetsTheCountOfFailures() throws Exception {
    staff.createUser("lock-test-2", "锁定测试二", Role.OFFICER, wjj(), null, "right12345", false);
    for (int i = 0; i < 4; i++) {
      mvc.perform(formLogin("/login").user("lock-test-2").password("wrong")).andExpect(redirectedUrl("/login?error"));
    }
    mvc.perform(formLogin("/login").user("lock-test-2").password("right12345")).andExpect(redirectedUrl("/admin"));
    mvc.perform(formLogin("/login").user("lock-test-2").password("wrong")).andExpect(redirectedUrl("/login?error"));
  }

  @Test
  void anInitialPasswordMustBeChangedBeforeTheBackOfficeOpens() throws Exception {
    staff.createUser("initial-test", "初始密码测试", Role.OFFICER, wjj(), null, "initial1234", true);
    MvcResult login = mvc.perform(formLogin("/login").user("initial-test").password("initial1234"))
        .andExpect(redirectedUrl("/account/password")).andReturn();
    MockHttpSession session = (MockHttpSession) login.getRequest().getSession(false);
    mvc.perform(get("/admin").session(session)).andExpect(redirectedUrl("/account/password"));

    String tooWeak = mvc.perform(post("/account/password").session(session).with(csrf())
            .param("current", "initial1234").param("password", "onlyletters").param("confirm", "onlyletters"))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(tooWeak).contains("密码须同时包含字母和数字");

    mvc.perform(post("/account/password").session(session).with(csrf())
            .param("current", "initial1234").param("password", "mine987654").param("confirm", "mine987654"))
        .andExpect(redirectedUrl("/admin"));
    mvc.perform(get("/admin").session(session)).andExpect(status().isOk());
    mvc.perform(formLogin("/login").user("initial-test").password("mine987654")).andExpect(redirectedUrl("/admin"));
  }

  @Test
  void formsWithoutTheCsrfTokenAreRefused() throws Exception {
    mvc.perform(post("/login").param("username", "wjj-officer").param("password", "gongkai2026"))
        .andExpect(status().isForbidden());
  }

  @Test
  void theLoginPageIsInChineseWithLabelledFields() throws Exception {
    String html = mvc.perform(get("/login")).andExpect(status().isOk()).andReturn().getResponse()
        .getContentAsString();
    assertThat(html).contains("工作人员登录", "<label for=\"username\">用户名</label>",
        "<label for=\"password\">密码</label>", "name=\"_csrf\"");
  }
}
