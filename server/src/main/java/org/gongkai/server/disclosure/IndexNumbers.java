package org.gongkai.server.disclosure;

import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Index numbers (索引号) of the form {@code agency-code/year-serial}, e.g. {@code shixian-wjj/2025-00012}. Serials come
 * from one counter row per agency and year that only ever grows, so a number once given is never given again, even
 * when its publication is withdrawn.
 */
@Component
class IndexNumbers {
  private final JdbcClient jdbc;

  IndexNumbers(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Whether the text has the shape of one of this agency's index numbers. */
  static boolean wellFormed(String agencyCode, String indexNumber) {
    return indexNumber != null
        && Pattern.matches(Pattern.quote(agencyCode) + "/\\d{4}-\\d{5}", indexNumber);
  }

  /** The next free number of the agency in the year; must run inside the publishing transaction. */
  @Transactional(propagation = Propagation.MANDATORY)
  String allocate(long agencyId, String agencyCode, int year) {
    // The row lock on the counter (or, for the year's first number, on the agency) makes concurrent callers wait.
    jdbc.sql("SELECT id FROM agency WHERE id = :a FOR UPDATE").param("a", agencyId).query(Long.class).single();
    while (true) {
      int updated = jdbc.sql("UPDATE disclosure_index_counter SET last_serial = last_serial + 1 "
          + "WHERE agency_id = :a AND counter_year = :y").param("a", agencyId).param("y", year).update();
      if (updated == 0) {
        jdbc.sql("INSERT INTO disclosure_index_counter (agency_id, counter_year, last_serial) VALUES (:a, :y, 1)")
            .param("a", agencyId).param("y", year).update();
      }
      int serial = jdbc.sql("SELECT last_serial FROM disclosure_index_counter WHERE agency_id = :a AND counter_year = :y")
          .param("a", agencyId).param("y", year).query(Integer.class).single();
      if (serial > 99999) {
        throw new DisclosureException("本单位" + year + "年的索引号已用完（最多99999个）。");
      }
      String number = String.format("%s/%04d-%05d", agencyCode, year, serial);
      // A number entered by hand for an item moved from an old website may already hold this serial: skip it.
      if (!taken(agencyId, number)) {
        return number;
      }
    }
  }

  /** Whether a publication of the agency already carries the number (withdrawn ones included). */
  boolean taken(long agencyId, String number) {
    return jdbc.sql("SELECT COUNT(*) FROM publication WHERE agency_id = :a AND index_number = :n")
        .param("a", agencyId).param("n", number).query(Long.class).single() > 0;
  }
}
