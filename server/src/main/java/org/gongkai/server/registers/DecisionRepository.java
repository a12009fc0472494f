package org.gongkai.server.registers;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Monthly decision counts and fee income in the database. */
@Repository
class DecisionRepository {
  private final JdbcClient jdbc;

  DecisionRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The twelve months of a year, zeros for months not entered. */
  List<MonthCounts> year(long agencyId, int year) {
    Map<Integer, MonthCounts> found = new TreeMap<>();
    jdbc.sql("SELECT decision_month, licensing, penalty, coercion, fees_wan_yuan FROM register_decision_month "
            + "WHERE agency_id = :a AND decision_year = :y").param("a", agencyId).param("y", year)
        .query((rs, n) -> new MonthCounts(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4),
            rs.getBigDecimal(5)))
        .list().forEach(m -> found.put(m.month(), m));
    List<MonthCounts> out = new ArrayList<>();
    for (int m = 1; m <= 12; m++) {
      out.add(found.getOrDefault(m, MonthCounts.zero(m)));
    }
    return out;
  }

  /** Whether anything was entered for the year. */
  boolean hasYear(long agencyId, int year) {
    return jdbc.sql("SELECT COUNT(*) FROM register_decision_month WHERE agency_id = :a AND decision_year = :y")
        .param("a", agencyId).param("y", year).query(Long.class).single() > 0;
  }

  void save(long agencyId, int year, MonthCounts m) {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    int n = jdbc.sql("UPDATE register_decision_month SET licensing = :l, penalty = :p, coercion = :c, "
            + "fees_wan_yuan = :f, updated_at = :now WHERE agency_id = :a AND decision_year = :y "
            + "AND decision_month = :m")
        .param("l", m.licensing()).param("p", m.penalty()).param("c", m.coercion()).param("f", m.feesWanYuan())
        .param("now", now).param("a", agencyId).param("y", year).param("m", m.month()).update();
    if (n == 0) {
      jdbc.sql("INSERT INTO register_decision_month (agency_id, decision_year, decision_month, licensing, penalty, "
              + "coercion, fees_wan_yuan, updated_at) VALUES (:a, :y, :m, :l, :p, :c, :f, :now)")
          .param("l", m.licensing()).param("p", m.penalty()).param("c", m.coercion()).param("f", m.feesWanYuan())
          .param("now", now).param("a", agencyId).param("y", year).param("m", m.month()).update();
    }
  }

  /** Sums of the year: licensing, penalty, coercion, and the fee income. */
  Totals totals(long agencyId, int year) {
    return jdbc.sql("SELECT COALESCE(SUM(licensing), 0), COALESCE(SUM(penalty), 0), COALESCE(SUM(coercion), 0), "
            + "COALESCE(SUM(fees_wan_yuan), 0) FROM register_decision_month WHERE agency_id = :a "
            + "AND decision_year = :y").param("a", agencyId).param("y", year)
        .query((rs, n) -> new Totals(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getBigDecimal(4))).single();
  }

  /** A year's sums. */
  record Totals(int licensing, int penalty, int coercion, BigDecimal fees) {}
}
