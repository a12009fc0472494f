package org.gongkai.server.disclosure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The portal's full-text search: a Lucene index of the listed publications, in CJK bigrams (二元分词) so that any word
 * of two or more characters is found inside longer text. The database stays the source: the index re-reads the items
 * whose {@code search_changed_at} moved since it last caught up, right after each change commits and every half
 * minute (so every server of a cluster converges), and is rebuilt whole when it is missing or its count disagrees.
 */
@Component
class SearchIndex implements DisposableBean {
  private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);
  /** Changes are re-read this far back, so a transaction that committed late with an earlier clock is not missed. */
  static final Duration OVERLAP = Duration.ofMinutes(5);
  private static final int BATCH = 2_000;
  private static final String MARK = "caughtUpTo";
  /** Changes whenever the fields or their analysis change: an index of another format is rebuilt at start-up. */
  private static final String FORMAT = "4";
  private static final Sort NEWEST_FIRST = new Sort(new SortField("sort", SortField.Type.LONG, true));
  private static final String FIELDS = "id, agency_id, listed, sort_key, search_title, search_text, search_changed_at";

  private final JdbcClient jdbc;
  private final Analyzer analyzer = new SearchAnalyzer();
  private final Directory dir;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final ReentrantLock lock = new ReentrantLock();
  private volatile boolean dirty;
  private volatile boolean ready;
  private volatile boolean closed;
  private volatile OffsetDateTime caughtUpTo;

  SearchIndex(JdbcClient jdbc, @Value("${gongkai.search.index-dir:${gongkai.data-dir}/search-index}") String where)
      throws IOException {
    this.jdbc = jdbc;
    this.dir = "memory".equals(where) ? new ByteBuffersDirectory() : FSDirectory.open(Path.of(where));
    boolean usable = false;
    if (DirectoryReader.indexExists(dir)) {
      Map<String, String> data = SegmentInfos.readLatestCommit(dir).getUserData();
      usable = FORMAT.equals(data.get("format")) && data.get(MARK) != null;
      caughtUpTo = usable ? OffsetDateTime.parse(data.get(MARK)) : null;
      if (!usable) {
        log.info("检索索引格式已变化，将从数据库重建");
      }
    }
    // Documents sorted newest first inside each segment let a search stop after the page it needs.
    this.writer = new IndexWriter(dir, new IndexWriterConfig(analyzer)
        .setOpenMode(usable ? IndexWriterConfig.OpenMode.CREATE_OR_APPEND : IndexWriterConfig.OpenMode.CREATE)
        .setIndexSort(NEWEST_FIRST).setRAMBufferSizeMB(64));
    this.searchers = new SearcherManager(writer, new SearcherFactory() {
      @Override
      public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
        IndexSearcher s = new IndexSearcher(reader);
        // Each query's words differ, so caching its clauses as bit sets over every document only costs time.
        s.setQueryCache(null);
        return s;
      }
    });
  }

  /** Ids of the agency's listed items containing every term, every term in the title first, then newest first. */
  record Result(List<Long> ids, boolean more) {}

  Result search(long agencyId, List<String> terms, int offset, int limit) {
    QueryBuilder qb = new QueryBuilder(analyzer);
    Query agency = new TermQuery(new Term("agency", Long.toString(agencyId)));
    BooleanQuery.Builder inTitle = new BooleanQuery.Builder().add(agency, Occur.FILTER);
    BooleanQuery.Builder inText = new BooleanQuery.Builder().add(agency, Occur.FILTER);
    for (String t : terms) {
      Query text = qb.createPhraseQuery("text", t);
      Query title = qb.createPhraseQuery("title", t);
      if (text == null || title == null) {
        return new Result(List.of(), false);
      }
      inTitle.add(title, Occur.FILTER);
      inText.add(text, Occur.FILTER);
    }
    Query titles = inTitle.build();
    int wanted = offset + limit + 1;
    try {
      IndexSearcher s = searchers.acquire();
      try {
        // Items with every word in the title first, then the others, each newest first. Both searches walk the
        // index in its own order and stop once they have what the page needs, however common the words are.
        List<Long> found = newest(s, titles, wanted);
        if (found.size() < wanted) {
          found.addAll(newest(s, inText.add(titles, Occur.MUST_NOT).build(), wanted - found.size()));
        }
        List<Long> page = found.subList(Math.min(offset, found.size()), Math.min(offset + limit, found.size()));
        return new Result(List.copyOf(page), found.size() > offset + limit);
      } finally {
        searchers.release(s);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Long> newest(IndexSearcher s, Query q, int n) throws IOException {
    TopDocs top = s.search(q, new TopFieldCollectorManager(NEWEST_FIRST, n, null, n));
    List<Long> ids = new ArrayList<>(top.scoreDocs.length);
    List<LeafReaderContext> leaves = s.getIndexReader().leaves();
    for (ScoreDoc d : top.scoreDocs) {
      // The id is read from its doc-values column: a stored field would decompress a whole block per hit.
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(d.doc, leaves));
      NumericDocValues pid = DocValues.getNumeric(leaf.reader(), "pid");
      if (pid.advanceExact(d.doc - leaf.docBase)) {
        ids.add(pid.longValue());
      }
    }
    return ids;
  }

  /** False until the index has caught up with the database once since start-up (results may be incomplete). */
  boolean ready() {
    return ready;
  }

  /** Catches up after the current transaction commits (at once outside a transaction). */
  void changed() {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCommit() {
          catchUp(Duration.ofSeconds(10));
        }
      });
    } else {
      catchUp(Duration.ofSeconds(10));
    }
  }

  @EventListener(ApplicationReadyEvent.class)
  void start() {
    Thread t = new Thread(() -> catchUp(Duration.ofHours(1)), "search-index");
    t.setDaemon(true);
    t.start();
  }

  @Scheduled(fixedDelayString = "${gongkai.search.sync-interval:30s}", initialDelayString = "${gongkai.search.sync-interval:30s}")
  void periodically() {
    catchUp(Duration.ZERO);
  }

  /**
   * Brings the index up to date, waiting at most {@code wait} for a catch-up already running (which then runs once
   * more for this caller, so nothing committed before the call is missed).
   */
  void catchUp(Duration wait) {
    if (closed) {
      return;
    }
    dirty = true;
    try {
      do {
        if (!lock.tryLock(wait.toMillis(), TimeUnit.MILLISECONDS)) {
          return;
        }
        try {
          while (dirty) {
            dirty = false;
            sync();
          }
        } finally {
          lock.unlock();
        }
      } while (dirty);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException | IOException e) {
      if (!closed) {
        log.error("检索索引更新失败，将在下次同步时重试", e);
        dirty = true;
      }
    }
  }

  private void sync() throws IOException {
    boolean first = !ready;
    // An empty index facing listed items (say, loaded in bulk since the last start) is filled by the cheaper walk in
    // id order rather than change by change.
    if (caughtUpTo != null && (count() > 0 || listedInDatabase() == 0)) {
      applyChangesSince(caughtUpTo.minus(OVERLAP));
    } else {
      caughtUpTo = null;
    }
    if (caughtUpTo == null || first && count() != listedInDatabase()) {
      rebuild();
    }
    if (first) {
      log.info("检索索引就绪：{} 条信息", count());
    }
    ready = true;
  }

  private void applyChangesSince(OffsetDateTime since) throws IOException {
    OffsetDateTime t = since;
    long lastId = -1;
    OffsetDateTime newest = caughtUpTo;
    int n;
    int seen = 0;
    do {
      List<Row> rows = jdbc.sql("SELECT " + FIELDS + " FROM publication WHERE search_changed_at > :t "
              + "OR (search_changed_at = :t AND id > :id) ORDER BY search_changed_at, id LIMIT " + BATCH)
          .param("t", t).param("id", lastId).query(SearchIndex::row).list();
      for (Row r : rows) {
        put(r);
        t = r.changedAt();
        lastId = r.id();
        newest = newest == null || t.isAfter(newest) ? t : newest;
      }
      n = rows.size();
      seen += n;
    } while (n == BATCH);
    if (seen > 0) {
      commit(newest);
    }
  }

  private void rebuild() throws IOException {
    long started = System.nanoTime();
    OffsetDateTime mark = jdbc.sql("SELECT MAX(search_changed_at) FROM publication")
        .query(OffsetDateTime.class).optional().orElse(null);
    writer.deleteAll();
    long lastId = -1;
    long total = 0;
    List<Row> rows;
    do {
      rows = jdbc.sql("SELECT " + FIELDS + " FROM publication WHERE id > :id AND listed = TRUE ORDER BY id LIMIT "
          + BATCH).param("id", lastId).query(SearchIndex::row).list();
      for (Row r : rows) {
        writer.addDocument(document(r));
        lastId = r.id();
      }
      total += rows.size();
    } while (rows.size() == BATCH);
    commit(mark == null ? OffsetDateTime.parse("2000-01-01T00:00Z") : mark);
    log.info("检索索引已重建：{} 条信息，用时 {} 毫秒", total, (System.nanoTime() - started) / 1_000_000);
  }

  private void put(Row r) throws IOException {
    Term id = new Term("id", Long.toString(r.id()));
    if (r.listed()) {
      writer.updateDocument(id, document(r));
    } else {
      writer.deleteDocuments(id);
    }
  }

  private static Document document(Row r) {
    Document d = new Document();
    d.add(new StringField("id", Long.toString(r.id()), Field.Store.NO));
    d.add(new NumericDocValuesField("pid", r.id()));
    d.add(new StringField("agency", Long.toString(r.agencyId()), Field.Store.NO));
    d.add(new NumericDocValuesField("sort", r.sortKey()));
    d.add(new TextField("title", r.title() == null ? "" : r.title(), Field.Store.NO));
    d.add(new TextField("text", r.text() == null ? "" : r.text(), Field.Store.NO));
    return d;
  }

  private void commit(OffsetDateTime mark) throws IOException {
    if (mark != null) {
      writer.setLiveCommitData(Map.of(MARK, mark.toString(), "format", FORMAT).entrySet());
    }
    writer.commit();
    searchers.maybeRefreshBlocking();
    caughtUpTo = mark;
  }

  /** Documents in the index. */
  long count() throws IOException {
    IndexSearcher s = searchers.acquire();
    try {
      return s.getIndexReader().numDocs();
    } finally {
      searchers.release(s);
    }
  }

  private long listedInDatabase() {
    return jdbc.sql("SELECT COUNT(*) FROM publication WHERE listed = TRUE").query(Long.class).single();
  }

  private record Row(long id, long agencyId, boolean listed, long sortKey, String title, String text,
      OffsetDateTime changedAt) {}

  private static Row row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    return new Row(rs.getLong("id"), rs.getLong("agency_id"), rs.getBoolean("listed"), rs.getLong("sort_key"),
        rs.getString("search_title"), rs.getString("search_text"),
        rs.getObject("search_changed_at", OffsetDateTime.class));
  }

  @Override
  public void destroy() throws IOException {
    closed = true;
    searchers.close();
    writer.close();
    dir.close();
  }
}
