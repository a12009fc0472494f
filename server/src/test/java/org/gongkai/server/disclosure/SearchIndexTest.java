package org.gongkai.server.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The search index against a database of its own (only the columns it reads): matching, ranking, paging, catching
 * up with changes made elsewhere, and rebuilding when it disagrees with the database.
 */
class SearchIndexTest {
  private static final AtomicInteger DATABASES = new AtomicInteger();
  private JdbcClient jdbc;
  private final List<SearchIndex> opened = new ArrayList<>();

  @BeforeEach
  void database() {
    jdbc = JdbcClient.create(new DriverManagerDataSource(
        "jdbc:h2:mem:search-index-" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1", "sa", ""));
    jdbc.sql("CREATE TABLE publication (id BIGINT PRIMARY KEY, agency_id BIGINT NOT NULL, listed BOOLEAN NOT NULL, "
        + "sort_key BIGINT, search_title VARCHAR(300), search_text TEXT, search_changed_at TIMESTAMP WITH TIME ZONE)")
        .update();
  }

  @AfterEach
  void close() throws Exception {
    for (SearchIndex i : opened) {
      i.destroy();
    }
  }

  private SearchIndex open(String where) throws Exception {
    SearchIndex index = new SearchIndex(jdbc, where);
    opened.add(index);
    index.catchUp(Duration.ofSeconds(10));
    return index;
  }

  /** An item of agency 1, listed, newer with a higher id; the text holds the title too, as publishing writes it. */
  private void put(long id, String title, String body) {
    put(id, 1, title, body);
  }

  private void put(long id, long agency, String title, String body) {
    String text = SearchTokens.normalise(title + " " + body);
    jdbc.sql("MERGE INTO publication KEY (id) VALUES (:id, :a, TRUE, :k, :t, :x, CURRENT_TIMESTAMP)")
        .param("id", id).param("a", agency).param("k", id * 10).param("t", SearchTokens.normalise(title))
        .param("x", text).update();
  }

  private List<Long> search(SearchIndex index, String... terms) {
    return index.search(1, List.of(terms), 0, 20).ids();
  }

  @Test
  void wordsAreFoundInsideLongerTextButNotWhenTheirCharactersAreApart() throws Exception {
    put(1, "关于做好秋季学期开学工作的通知", "各校要落实校园食品安全主体责任，开展晨午检。");
    put(2, "教师资格认定公告", "认定对象为本县户籍人员，食品和安全另行通知。");
    put(3, "Covid-19 疫苗接种安排", "第２０２５号");
    SearchIndex index = open("memory");
    assertThat(search(index, "午检")).containsExactly(1L);
    assertThat(search(index, "食品安全")).containsExactly(1L);
    assertThat(search(index, "资格认定")).containsExactly(2L);
    assertThat(search(index, "秋季", "食品安全")).containsExactly(1L);
    assertThat(search(index, "秋季", "资格")).isEmpty();
    // Not across punctuation, even where the characters on both sides would chain up (公共，共卫生).
    put(4, "通报", "落实公共，共卫生院负责");
    index.catchUp(Duration.ofSeconds(10));
    assertThat(search(index, "公共卫生")).isEmpty();
    assertThat(search(index, "共卫生院")).containsExactly(4L);
    // Latin letters and digits match as whole words, in either case and width.
    assertThat(search(index, "COVID")).containsExactly(3L);
    assertThat(search(index, "2025")).containsExactly(3L);
    assertThat(search(index, "cov")).isEmpty();
  }

  @Test
  void titleMatchesComeFirstThenNewestFirstAcrossPages() throws Exception {
    for (long id = 1; id <= 30; id++) {
      boolean inTitle = id % 3 == 0;
      put(id, inTitle ? "公共卫生服务第" + id + "期" : "工作简报第" + id + "期", inTitle ? "正文" : "推进公共卫生服务。");
    }
    put(31, "无关信息", "没有这个词");
    put(32, 2, "公共卫生服务（另一单位）", "");
    SearchIndex index = open("memory");
    List<Long> expected = new ArrayList<>();
    for (long id = 30; id >= 3; id -= 3) {
      expected.add(id);
    }
    for (long id = 29; id >= 1; id--) {
      if (id % 3 != 0) {
        expected.add(id);
      }
    }
    SearchIndex.Result first = index.search(1, List.of("公共卫生"), 0, 20);
    SearchIndex.Result second = index.search(1, List.of("公共卫生"), 20, 20);
    assertThat(first.ids()).isEqualTo(expected.subList(0, 20));
    assertThat(first.more()).isTrue();
    assertThat(second.ids()).isEqualTo(expected.subList(20, 30));
    assertThat(second.more()).isFalse();
    assertThat(index.search(1, List.of("公共卫生"), 5, 5).ids()).isEqualTo(expected.subList(5, 10));
  }

  @Test
  void changesMadeByAnotherServerArriveWithTheNextCatchUp() throws Exception {
    put(1, "传染病疫情通报", "");
    SearchIndex index = open("memory");
    assertThat(search(index, "疫情")).containsExactly(1L);
    put(2, "疫情防控工作方案", "");
    jdbc.sql("UPDATE publication SET listed = FALSE, search_changed_at = CURRENT_TIMESTAMP WHERE id = 1").update();
    assertThat(search(index, "疫情")).containsExactly(1L);
    index.periodically();
    assertThat(search(index, "疫情")).containsExactly(2L);
  }

  @Test
  void aChangeCommittedLateWithAnEarlierClockIsNotMissed() throws Exception {
    put(1, "医疗机构名单", "");
    SearchIndex index = open("memory");
    // A transaction that started two minutes ago (its CURRENT_TIMESTAMP) and commits only now.
    jdbc.sql("INSERT INTO publication VALUES (2, 1, TRUE, 20, '医疗机构校验结果', '医疗机构校验结果', :t)")
        .param("t", OffsetDateTime.now().minusMinutes(2)).update();
    index.periodically();
    assertThat(search(index, "医疗机构")).containsExactly(2L, 1L);
  }

  @Test
  void anIndexOnDiskIsReusedAndRebuiltWhenItDisagreesWithTheDatabase(@TempDir Path dir) throws Exception {
    put(1, "预算公开", "");
    put(2, "决算公开", "");
    String where = dir.resolve("index").toString();
    SearchIndex index = open(where);
    assertThat(search(index, "公开")).containsExactly(2L, 1L);
    index.destroy();
    opened.remove(index);
    // Restored from an older backup: one item more, with a change time long before the index's mark.
    jdbc.sql("INSERT INTO publication VALUES (3, 1, TRUE, 30, '招聘公开', '招聘公开', :t)")
        .param("t", OffsetDateTime.now().minusYears(1)).update();
    SearchIndex reopened = open(where);
    assertThat(reopened.count()).isEqualTo(3);
    assertThat(search(reopened, "公开")).containsExactly(3L, 2L, 1L);
  }

  @Test
  void itemsLoadedInBulkIntoAnEmptyIndexAreReadWholeWhateverTheirChangeTimes() throws Exception {
    SearchIndex index = open("memory");
    assertThat(index.ready()).isTrue();
    for (long id = 1; id <= 3; id++) {
      jdbc.sql("INSERT INTO publication VALUES (:id, 1, TRUE, :k, '历史档案迁移', '历史档案迁移', :t)").param("id", id)
          .param("k", id * 10).param("t", OffsetDateTime.now().minusYears(10)).update();
    }
    index.periodically();
    assertThat(search(index, "档案")).containsExactly(3L, 2L, 1L);
  }

  /** Chinese texts over a small alphabet, so that words recur and overlap; spaces and commas break the runs. */
  private static Gen<String> text() {
    Gen<String> ch = SourceDSL.integers().between(0, 7).map(i -> String.valueOf("卫生健康疫苗，  ".charAt(i)));
    return SourceDSL.lists().of(ch).ofSizeBetween(0, 30).map(l -> String.join("", l));
  }

  private static Gen<String> word() {
    Gen<String> ch = SourceDSL.integers().between(0, 5).map(i -> String.valueOf("卫生健康疫苗".charAt(i)));
    return SourceDSL.lists().of(ch).ofSizeBetween(2, 4).map(l -> String.join("", l));
  }

  @Test
  void aWordOfTwoOrMoreCharactersFindsExactlyTheTextsContainingIt() {
    qt().withExamples(300).forAll(SourceDSL.lists().of(text()).ofSizeBetween(1, 12), word()).checkAssert((texts, w) -> {
      try {
        jdbc.sql("DELETE FROM publication").update();
        for (int i = 0; i < texts.size(); i++) {
          put(i + 1, "标题", texts.get(i));
        }
        SearchIndex index = new SearchIndex(jdbc, "memory");
        try {
          index.catchUp(Duration.ofSeconds(10));
          List<Long> expected = new ArrayList<>();
          for (int i = texts.size() - 1; i >= 0; i--) {
            if (texts.get(i).contains(w)) {
              expected.add((long) i + 1);
            }
          }
          assertThat(index.search(1, List.of(w), 0, 20).ids()).as("%s in %s", w, texts).isEqualTo(expected);
        } finally {
          index.destroy();
        }
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
  }
}
