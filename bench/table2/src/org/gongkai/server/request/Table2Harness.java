package org.gongkai.server.request;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.gongkai.core.report.Applicant;
import org.gongkai.core.report.ReportFormat;
import org.gongkai.core.report.RequestCounts;
import org.gongkai.core.report.RequestRow;
import org.gongkai.core.report.RequestTable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Times table 2 as the application compiles it ({@link RegisterStatistics#table}) against one hand-written GROUP BY
 * over 10,000,000 requests in an embedded PostgreSQL, side by side in one run; see bench/table2/README.md.
 */
public final class Table2Harness {
  private static final int REQUESTS = 10_000_000;

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args.length > 0 ? args[0] : "bench/table2/target/pgdata");
    int warmups = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 40;
    Path loadSql = Path.of(args.length > 3 ? args[3] : "bench/table2/load.sql");
    Files.createDirectories(dir);
    // The data directory is kept between runs so that a second run (say, after a code change) skips the load.
    try (EmbeddedPostgres pg = EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(false)
        .setServerConfig("shared_buffers", "1GB").setServerConfig("work_mem", "16MB")
        .setServerConfig("maintenance_work_mem", "512MB").setServerConfig("max_wal_size", "8GB")
        .setServerConfig("fsync", "off").setServerConfig("synchronous_commit", "off")
        .setServerConfig("full_page_writes", "off")
        .setServerConfig("wal_level", "minimal").setServerConfig("max_wal_senders", "0").setServerConfig("max_parallel_workers_per_gather", "0")
        .start()) {
      HikariConfig config = new HikariConfig();
      config.setJdbcUrl(pg.getJdbcUrl("postgres", "postgres"));
      config.setUsername("postgres");
      config.setMaximumPoolSize(2);
      try (HikariDataSource ds = new HikariDataSource(config)) {
        long t0 = System.nanoTime();
        // Out of order: a data directory kept from an earlier run may lack a migration numbered below the highest
        // applied one (each module has its own range), such as an index being tried in the request module.
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").outOfOrder(true).load().migrate();
        System.out.printf("migrations applied in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        load(ds, loadSql);
        run(ds, warmups, rounds);
      }
    }
  }

  private static void load(DataSource ds, Path loadSql) throws Exception {
    try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
      long n = count(s, "SELECT COUNT(*) FROM disclosure_request");
      if (n >= REQUESTS) {
        System.out.printf("%,d requests already loaded%n", n);
        s.execute("VACUUM ANALYZE disclosure_request");
        return;
      }
      if (n > 0) {
        throw new IllegalStateException("partly loaded data directory; delete it and run again");
      }
      long t0 = System.nanoTime();
      // Bulk load as one would restore a dump: one transaction that truncates the (empty) table, so that with
      // wal_level=minimal nothing is written to the WAL, and the secondary indexes and unique constraints built once
      // afterwards from their own definitions instead of row by row. The schema ends exactly as the migrations left it.
      c.setAutoCommit(false);
      s.execute("TRUNCATE disclosure_request CASCADE");
      List<String> rebuild = new ArrayList<>();
      try (ResultSet rs = s.executeQuery("SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint "
          + "WHERE conrelid = 'disclosure_request'::regclass AND contype = 'u'")) {
        while (rs.next()) {
          rebuild.add("ALTER TABLE disclosure_request ADD CONSTRAINT " + rs.getString(1) + " " + rs.getString(2));
        }
      }
      for (String add : rebuild) {
        s.execute(add.replaceFirst(" ADD CONSTRAINT (\\S+) .*", " DROP CONSTRAINT $1"));
      }
      List<String> indexes = new ArrayList<>();
      try (ResultSet rs = s.executeQuery("SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid) "
          + "FROM pg_index i WHERE i.indrelid = 'disclosure_request'::regclass AND NOT i.indisprimary "
          + "AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)")) {
        while (rs.next()) {
          indexes.add(rs.getString(1));
          rebuild.add(rs.getString(2));
        }
      }
      for (String index : indexes) {
        s.execute("DROP INDEX " + index);
      }
      s.execute(Files.readString(loadSql, StandardCharsets.UTF_8));
      long t1 = System.nanoTime();
      for (String sql : rebuild) {
        s.execute(sql);
      }
      c.commit();
      c.setAutoCommit(true);
      long t2 = System.nanoTime();
      // VACUUM sets the visibility map, so that index-only scans are possible, as autovacuum would in production.
      s.execute("VACUUM ANALYZE");
      System.out.printf("loaded %,d requests in %.1f s, indexes and constraints rebuilt in %.1f s (%s), "
          + "VACUUM ANALYZE %.1f s%n", count(s, "SELECT COUNT(*) FROM disclosure_request"), (t1 - t0) / 1e9,
          (t2 - t1) / 1e9, String.join("; ", rebuild), (System.nanoTime() - t2) / 1e9);
    }
  }

  private static long count(Statement s, String sql) throws SQLException {
    try (ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** An agency and year to compile; {@code label} says which part of the size distribution it stands for. */
  record AgencyYear(String label, long agencyId, int year, long requests) {}

  private static List<AgencyYear> sample(DataSource ds) throws SQLException {
    // Agencies by size: the largest, the 90th percentile, the median and a small one; recent and older years.
    List<long[]> sizes = new ArrayList<>();
    try (Connection c = ds.getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT agency_id, COUNT(*) FROM disclosure_request GROUP BY agency_id "
            + "ORDER BY COUNT(*) DESC, agency_id")) {
      while (rs.next()) {
        sizes.add(new long[] {rs.getLong(1), rs.getLong(2)});
      }
    }
    long[] largest = sizes.get(0);
    long[] p90 = sizes.get(sizes.size() / 10);
    long[] median = sizes.get(sizes.size() / 2);
    long[] small = sizes.get(sizes.size() * 9 / 10);
    return List.of(new AgencyYear("largest", largest[0], 2025, largest[1]),
        new AgencyYear("largest", largest[0], 2022, largest[1]),
        new AgencyYear("90th percentile", p90[0], 2024, p90[1]),
        new AgencyYear("median", median[0], 2025, median[1]),
        new AgencyYear("median", median[0], 2020, median[1]),
        new AgencyYear("10th percentile", small[0], 2025, small[1]));
  }

  private static void run(DataSource ds, int warmups, int rounds) throws Exception {
    RequestStatistics app = new RegisterStatistics(new RequestRepository(JdbcClient.create(ds)));
    List<AgencyYear> sample = sample(ds);
    for (AgencyYear ay : sample) {
      RequestTable a = app.table(ay.agencyId(), ay.year());
      RequestTable b = groupBy(ds, ay.agencyId(), ay.year());
      if (!a.equals(b)) {
        throw new IllegalStateException("tables differ for " + ay + ":\n" + a + "\n" + b);
      }
      System.out.printf("%-16s agency %4d (%,7d requests) %d: identical tables, row 1 total %,d, row 4 total %,d%n",
          ay.label(), ay.agencyId(), ay.requests(), ay.year(), a.cell(RequestRow.R1, Applicant.TOTAL),
          a.cell(RequestRow.R4, Applicant.TOTAL));
    }
    for (int i = 0; i < warmups; i++) {
      round(app, ds, sample, i, null, null);
    }
    long[][] appTimes = new long[sample.size()][rounds];
    long[][] sqlTimes = new long[sample.size()][rounds];
    for (int i = 0; i < rounds; i++) {
      round(app, ds, sample, i, appTimes, sqlTimes);
    }
    System.out.printf("%nwarm-up rounds %d, measured rounds %d, each round = every agency-year once by each method%n",
        warmups, rounds);
    System.out.printf("%-40s %12s %12s %12s %12s %8s%n", "agency-year", "app median", "app p95", "GROUP BY med",
        "GROUP BY p95", "ratio");
    List<Long> allApp = new ArrayList<>();
    List<Long> allSql = new ArrayList<>();
    for (int k = 0; k < sample.size(); k++) {
      AgencyYear ay = sample.get(k);
      print(String.format("%s %d/%d", ay.label(), ay.agencyId(), ay.year()), appTimes[k], sqlTimes[k]);
      Arrays.stream(appTimes[k]).forEach(allApp::add);
      Arrays.stream(sqlTimes[k]).forEach(allSql::add);
    }
    print("all agency-years", allApp.stream().mapToLong(Long::longValue).toArray(),
        allSql.stream().mapToLong(Long::longValue).toArray());
  }

  /** One call of each method per agency-year; the order alternates between rounds so neither always goes first. */
  private static void round(RequestStatistics app, DataSource ds, List<AgencyYear> sample, int i, long[][] appTimes,
      long[][] sqlTimes) throws SQLException {
    for (int k = 0; k < sample.size(); k++) {
      AgencyYear ay = sample.get(k);
      long a;
      long b;
      if (i % 2 == 0) {
        a = timeApp(app, ay);
        b = timeSql(ds, ay);
      } else {
        b = timeSql(ds, ay);
        a = timeApp(app, ay);
      }
      if (appTimes != null) {
        appTimes[k][i] = a;
        sqlTimes[k][i] = b;
      }
    }
  }

  private static long timeApp(RequestStatistics app, AgencyYear ay) {
    long t0 = System.nanoTime();
    RequestTable t = app.table(ay.agencyId(), ay.year());
    long elapsed = System.nanoTime() - t0;
    sink += t.cell(RequestRow.R4, Applicant.TOTAL);
    return elapsed;
  }

  private static long timeSql(DataSource ds, AgencyYear ay) throws SQLException {
    long t0 = System.nanoTime();
    RequestTable t = groupBy(ds, ay.agencyId(), ay.year());
    long elapsed = System.nanoTime() - t0;
    sink += t.cell(RequestRow.R4, Applicant.TOTAL);
    return elapsed;
  }

  /** Keeps the results alive so that nothing is optimised away. */
  static long sink;

  /**
   * The yardstick: one GROUP BY by applicant kind and by the outcome recorded in the year, with rows 1, 2 and 4
   * counted by filtered aggregates. Requests closed before the year count nowhere, so they are left out.
   */
  static RequestTable groupBy(DataSource ds, long agencyId, int year) throws SQLException {
    String sql = "SELECT applicant_kind, CASE WHEN outcome_on BETWEEN ? AND ? THEN outcome END AS closed_as, "
        + "COUNT(*) FILTER (WHERE received_on >= ?) AS r1, "
        + "COUNT(*) FILTER (WHERE received_on < ?) AS r2, "
        + "COUNT(*) FILTER (WHERE outcome_on IS NULL OR outcome_on > ?) AS r4, COUNT(*) AS n "
        + "FROM disclosure_request WHERE agency_id = ? AND received_on <= ? "
        + "AND (outcome_on IS NULL OR outcome_on >= ?) GROUP BY 1, 2";
    LocalDate first = LocalDate.of(year, 1, 1);
    LocalDate last = LocalDate.of(year, 12, 31);
    Map<RequestRow, int[]> cells = new EnumMap<>(RequestRow.class);
    for (RequestRow row : RequestRow.rowsOf(ReportFormat.F2021)) {
      cells.put(row, new int[Applicant.KINDS.size()]);
    }
    try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setObject(1, first);
      ps.setObject(2, last);
      ps.setObject(3, first);
      ps.setObject(4, first);
      ps.setObject(5, last);
      ps.setLong(6, agencyId);
      ps.setObject(7, last);
      ps.setObject(8, first);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          int col = Applicant.KINDS.indexOf(ApplicantKind.valueOf(rs.getString(1)).column());
          cells.get(RequestRow.R1)[col] += rs.getInt(3);
          cells.get(RequestRow.R2)[col] += rs.getInt(4);
          cells.get(RequestRow.R4)[col] += rs.getInt(5);
          if (rs.getString(2) != null) {
            cells.get(RequestRow.ofCode(rs.getString(2)))[col] += rs.getInt(6);
            cells.get(RequestRow.R3_7)[col] += rs.getInt(6);
          }
        }
      }
    }
    Map<RequestRow, RequestCounts> rows = new EnumMap<>(RequestRow.class);
    cells.forEach((row, v) -> rows.put(row, RequestCounts.ofKinds(v[0], v[1], v[2], v[3], v[4], v[5])));
    return new RequestTable(rows);
  }

  private static void print(String label, long[] app, long[] sql) {
    double am = percentile(app, 50);
    double sm = percentile(sql, 50);
    System.out.printf("%-40s %9.2f ms %9.2f ms %9.2f ms %9.2f ms %8.2f%n", label, am, percentile(app, 95), sm,
        percentile(sql, 95), am / sm);
  }

  /** Nearest-rank percentile, in milliseconds. */
  private static double percentile(long[] nanos, int p) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, rank - 1)] / 1e6;
  }
}
