package org.gongkai.server.disclosure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Read-only queries: portal lists (keyset-paged on an index, so page 1 and page 50,000 cost the same), search,
 * back-office lists and counts.
 */
@Repository
class PublicationQueries {
  static final int PAGE = 20;
  private static final String ITEM = "id, index_number, title, category_id, date_written, first_published_on, "
      + "last_published_on, live_version, late, sort_key, kind";

  private final JdbcClient jdbc;
  private final SearchIndex index;

  PublicationQueries(JdbcClient jdbc, SearchIndex index) {
    this.jdbc = jdbc;
    this.index = index;
  }

  /** A page of a list and the cursors of its neighbours (null when there is none). */
  record Page(List<ListItem> items, Long newer, Long older) {}

  /**
   * Listed items newest first, for one category or (null) the whole agency. {@code before} asks for the items older
   * than that cursor, {@code after} for the items newer than it; neither gives the first page.
   */
  Page list(long agencyId, Long categoryId, Long before, Long after) {
    String where = "agency_id = :a AND listed = TRUE" + (categoryId == null ? "" : " AND category_id = :c");
    // Naming the equality columns in ORDER BY lets H2 read the list index in order and stop after one page (it
    // otherwise sorts every listed row); PostgreSQL plans it the same either way.
    String order = " ORDER BY agency_id, listed, " + (categoryId == null ? "" : "category_id, ") + "sort_key";
    boolean backwards = after != null;
    String sql = "SELECT " + ITEM + " FROM publication WHERE " + where
        + (backwards ? " AND sort_key > :k" + order + " ASC" : (before != null ? " AND sort_key < :k" : "")
            + order + " DESC")
        + " LIMIT " + (PAGE + 1);
    JdbcClient.StatementSpec q = jdbc.sql(sql).param("a", agencyId);
    if (categoryId != null) {
      q = q.param("c", categoryId);
    }
    if (backwards || before != null) {
      q = q.param("k", backwards ? after : before);
    }
    List<ListItem> rows = new ArrayList<>(q.query(PublicationQueries::item).list());
    boolean more = rows.size() > PAGE;
    if (more) {
      rows.remove(PAGE);
    }
    if (backwards) {
      Collections.reverse(rows);
    }
    if (rows.isEmpty()) {
      return new Page(rows, null, null);
    }
    Long newer = backwards ? (more ? rows.get(0).sortKey() : null) : (before != null ? rows.get(0).sortKey() : null);
    Long older = backwards || more ? rows.get(rows.size() - 1).sortKey() : null;
    return new Page(rows, newer, older);
  }

  /** The newest listed items of the agency. */
  List<ListItem> latest(long agencyId, int n) {
    return jdbc.sql("SELECT " + ITEM + " FROM publication WHERE agency_id = :a AND listed = TRUE "
        + "ORDER BY agency_id, listed, sort_key DESC LIMIT " + Math.max(0, Math.min(n, 100)))
        .param("a", agencyId).query(PublicationQueries::item).list();
  }

  /** A search result page: the items and whether more follow. */
  record Hits(List<ListItem> items, boolean more) {}

  /**
   * Listed items containing every term (title, document number, subject words or body), those with every term in the
   * title first, then newest first: the search index ranks, the database gives the rows (and drops anything no
   * longer listed that the index has not caught up with yet).
   */
  Hits search(long agencyId, List<String> terms, int page) {
    SearchIndex.Result found = index.search(agencyId, terms, Math.max(0, page - 1) * PAGE, PAGE);
    if (found.ids().isEmpty()) {
      return new Hits(List.of(), found.more());
    }
    Map<Long, ListItem> byId = new HashMap<>();
    jdbc.sql("SELECT " + ITEM + " FROM publication WHERE agency_id = :a AND listed = TRUE AND id IN (:ids)")
        .param("a", agencyId).param("ids", found.ids()).query(PublicationQueries::item).list()
        .forEach(i -> byId.put(i.id(), i));
    return new Hits(found.ids().stream().map(byId::get).filter(Objects::nonNull).toList(), found.more());
  }

  /** False while the search index is being built for the first time since start-up. */
  boolean searchReady() {
    return index.ready();
  }

  /** The listed interpretations of a document. */
  List<ListItem> interpretationsOf(long publicationId) {
    return jdbc.sql("SELECT " + ITEM + " FROM publication WHERE interprets_id = :p AND listed = TRUE "
        + "ORDER BY sort_key DESC").param("p", publicationId).query(PublicationQueries::item).list();
  }

  /** Back-office list: everything of the agency, optionally filtered, newest activity first, 50 a page. */
  List<Publication> staffList(long agencyId, String filter, int page) {
    String cond = switch (filter == null ? "" : filter) {
      case "draft" -> " AND work_state = 'DRAFT'";
      case "review" -> " AND work_state = 'REVIEW'";
      case "approval" -> " AND work_state = 'APPROVAL'";
      case "published" -> " AND listed = TRUE";
      case "withdrawn" -> " AND withdrawn = TRUE";
      case "late" -> " AND late = TRUE";
      default -> "";
    };
    return jdbc.sql("SELECT " + PublicationRepository.COLUMNS + " FROM publication WHERE agency_id = :a" + cond
            + " ORDER BY CASE WHEN work_state IS NULL THEN 1 ELSE 0 END, id DESC LIMIT 51 OFFSET "
            + (Math.max(0, page - 1) * 50))
        .param("a", agencyId).query(PublicationRepository::row).list();
  }

  /** How many of the agency's items are in the state. */
  long countInState(long agencyId, WorkState state) {
    return jdbc.sql("SELECT COUNT(*) FROM publication WHERE agency_id = :a AND work_state = :s")
        .param("a", agencyId).param("s", state.name()).query(Long.class).single();
  }

  /** The date written of every item never yet published (Art. 26 clock still running). */
  List<LocalDate> unpublishedDatesWritten(long agencyId) {
    return jdbc.sql("SELECT date_written FROM publication WHERE agency_id = :a AND live_version = 0 "
        + "AND work_state IS NOT NULL").param("a", agencyId).query(LocalDate.class).list();
  }

  /** Items first published in the period that were published late. */
  long countLate(long agencyId, LocalDate from, LocalDate to) {
    return jdbc.sql("SELECT COUNT(*) FROM publication WHERE agency_id = :a AND late = TRUE "
        + "AND first_published_on BETWEEN :f AND :t").param("a", agencyId).param("f", from).param("t", to)
        .query(Long.class).single();
  }

  /** Items first published in the year, counted by the category's name (withdrawn ones included: they were published). */
  Map<String, Integer> countByCategory(long agencyId, int year) {
    return counted("SELECT c.name, COUNT(*) FROM publication p JOIN publication_version v ON v.publication_id = p.id "
        + "AND v.version = 1 JOIN disclosure_category c ON c.id = v.category_id WHERE p.agency_id = :a "
        + "AND p.first_published_on BETWEEN :f AND :t GROUP BY c.name", agencyId, year);
  }

  /** Items first published in the year, counted by each channel the category names (政府网站、政务新媒体 → two). */
  Map<String, Integer> countByChannel(long agencyId, int year) {
    Map<String, Integer> raw = counted("SELECT c.channel, COUNT(*) FROM publication p JOIN publication_version v "
        + "ON v.publication_id = p.id AND v.version = 1 JOIN disclosure_category c ON c.id = v.category_id "
        + "WHERE p.agency_id = :a AND p.first_published_on BETWEEN :f AND :t GROUP BY c.channel", agencyId, year);
    Map<String, Integer> out = new LinkedHashMap<>();
    raw.forEach((channels, n) -> {
      for (String ch : (channels == null ? "政府网站" : channels).split("[、,，;；/]")) {
        if (!ch.isBlank()) {
          out.merge(ch.trim(), n, Integer::sum);
        }
      }
    });
    return sorted(out);
  }

  int countFirstPublished(long agencyId, int year) {
    return jdbc.sql("SELECT COUNT(*) FROM publication WHERE agency_id = :a AND first_published_on BETWEEN :f AND :t")
        .param("a", agencyId).param("f", LocalDate.of(year, 1, 1)).param("t", LocalDate.of(year, 12, 31))
        .query(Integer.class).single();
  }

  private Map<String, Integer> counted(String sql, long agencyId, int year) {
    Map<String, Integer> out = new LinkedHashMap<>();
    jdbc.sql(sql).param("a", agencyId).param("f", LocalDate.of(year, 1, 1)).param("t", LocalDate.of(year, 12, 31))
        .query((ResultSet rs) -> {
          out.merge(rs.getString(1), rs.getInt(2), Integer::sum);
        });
    return sorted(out);
  }

  private static Map<String, Integer> sorted(Map<String, Integer> m) {
    Map<String, Integer> out = new LinkedHashMap<>();
    m.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
        .thenComparing(Map.Entry.comparingByKey())).forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }


  static ListItem item(ResultSet rs, int n) throws SQLException {
    return new ListItem(rs.getLong("id"), rs.getString("index_number"), rs.getString("title"),
        rs.getLong("category_id"), rs.getObject("date_written", LocalDate.class),
        rs.getObject("first_published_on", LocalDate.class), rs.getObject("last_published_on", LocalDate.class),
        rs.getInt("live_version"), rs.getBoolean("late"), rs.getLong("sort_key"),
        PublicationKind.valueOf(rs.getString("kind")));
  }
}
