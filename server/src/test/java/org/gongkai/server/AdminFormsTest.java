package org.gongkai.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.gongkai.server.agency.Agency;
import org.gongkai.server.agency.AgencyApi;
import org.gongkai.server.shared.StaffPrincipal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

/** The back-office forms: Chinese validation messages, what an agency administrator may and may not change. */
@Transactional
class AdminFormsTest extends IntegrationTest {
  @Autowired
  AgencyApi agencies;
  @Autowired
  UserDetailsService users;
  @Autowired
  JdbcClient jdbc;

  private StaffPrincipal as(String username) {
    return (StaffPrincipal) users.loadUserByUsername(username);
  }

  @Test
  void invalidEmailComesBackAsAChineseFieldMessage() throws Exception {
    Agency wjj = agencies.findByCode("shixian-wjj").orElseThrow();
    String html = mvc.perform(post("/admin/agencies/" + wjj.id()).with(user(as("wjj-admin"))).with(csrf())
            .param("fullName", wjj.fullName()).param("shortName", wjj.shortName()).param("email", "not-an-email")
            .param("code", wjj.code()).param("kind", wjj.kind().name()).param("regionId", "" + wjj.regionId()))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(html).contains("电子邮箱格式不正确", "表单有错误");
    assertThat(agencies.require(wjj.id()).email()).isEqualTo("gongkai@wjj.example.org");
  }

  @Test
  void agencyAdministratorCannotMoveItsAgencyOrRenameItsCode() throws Exception {
    Agency wjj = agencies.findByCode("shixian-wjj").orElseThrow();
    Agency czj = agencies.findByCode("shiqu-czj").orElseThrow();
    mvc.perform(post("/admin/agencies/" + wjj.id()).with(user(as("wjj-admin"))).with(csrf())
            .param("fullName", "示例县卫生健康局").param("shortName", "卫健局").param("phone", "0000-7654321")
            .param("code", "hijacked").param("kind", "GOVERNMENT").param("regionId", "" + czj.regionId()))
        .andExpect(redirectedUrl("/admin/agencies/" + wjj.id()));
    Agency after = agencies.require(wjj.id());
    assertThat(after.phone()).isEqualTo("0000-7654321");
    assertThat(after.code()).isEqualTo("shixian-wjj");
    assertThat(after.kind()).isEqualTo(wjj.kind());
    assertThat(after.regionId()).isEqualTo(wjj.regionId());
  }

  @Test
  void agencyAdministratorCannotCreateASupervisorOrSystemAdministrator() throws Exception {
    long wjj = agencies.findByCode("shixian-wjj").orElseThrow().id();
    mvc.perform(post("/admin/users").with(user(as("wjj-admin"))).with(csrf()).param("username", "sneaky")
            .param("displayName", "越权").param("role", "SYSTEM_ADMIN").param("agencyId", "" + wjj)
            .param("password", "abcdefgh12"))
        .andExpect(status().isForbidden());
    assertThat(jdbc.sql("SELECT COUNT(*) FROM staff_user WHERE username = 'sneaky'").query(Long.class).single())
        .isZero();
  }

  @Test
  void newUserGetsAnInitialPasswordThatMustBeChanged() throws Exception {
    long wjj = agencies.findByCode("shixian-wjj").orElseThrow().id();
    mvc.perform(post("/admin/users").with(user(as("wjj-admin"))).with(csrf()).param("username", "new-officer")
            .param("displayName", "新经办人").param("role", "OFFICER").param("agencyId", "" + wjj)
            .param("password", "short"))
        .andExpect(status().isOk());
    mvc.perform(post("/admin/users").with(user(as("wjj-admin"))).with(csrf()).param("username", "new-officer")
            .param("displayName", "新经办人").param("role", "OFFICER").param("agencyId", "" + wjj)
            .param("password", "abcdefgh12"))
        .andExpect(redirectedUrl("/admin/users"));
    assertThat(as("new-officer").mustChangePassword()).isTrue();
  }
}
