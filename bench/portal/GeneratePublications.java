/*
 * GeneratePublications — loads N published publications (default 1,000,000) for the demo agency shixian-wjj
 * (示例县卫生健康局) into a Gongkai database whose schema Flyway has already created (start the server on it once).
 *
 * Usage (run by bench/portal/run.sh; the classpath is the unpacked server jar):
 *   java -cp "$X/BOOT-INF/classes:$X/BOOT-INF/lib/*" bench/portal/GeneratePublications.java JDBC_URL USER PASSWORD [N]
 *   ... GeneratePublications.java JDBC_URL USER PASSWORD --deep-cursor   (prints the keyset cursor of the middle page)
 *   ... GeneratePublications.java JDBC_URL USER PASSWORD --cursors K     (prints about K cursors spread over the list)
 *   ... GeneratePublications.java JDBC_URL USER PASSWORD --agency-only   (PostgreSQL: create the region and agency
 *       that the H2 demo data would have created, so the server can then build its catalogue)
 *
 * What it writes, with the module's own table layout and constraints (no constraint is switched off):
 *   publication (listed, index numbers agency/year-serial, sort_key from Publications.sortKey, search_title and
 *   search_text normalised by SearchTokens.normalise over title, document number, subject words and
 *   BodyHtml.text(body), exactly as publishing does, search_changed_at at the publication time), publication_version 1
 *   (published), and the index-number counters, so the application continues the serials. The module's classes are
 *   package-private, so they are called by reflection. The server builds its search index from these rows when it
 *   starts (SearchIndex: the index is missing, so it is rebuilt; run.sh records how long that took).
 * The publications are spread over 2010-01-01..2025-11-20 and over every category of the agency's catalogue; titles,
 * document numbers, subject words and a two-paragraph body (about 120 characters, shorter than real documents) are
 * built from a small health-administration vocabulary.
 * History rows (publication_history) are not written: no portal page reads them. JDBC batches, one commit a
 * 5,000 publications; deterministic (fixed random seed).
 */
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;

public class GeneratePublications {
  static final String AGENCY = "shixian-wjj";
  static final String[] TOPICS = {"疫苗接种", "公共卫生", "传染病防控", "医疗机构", "基本药物", "家庭医生签约", "健康扶贫",
      "妇幼保健", "职业病防治", "食品安全", "卫生监督", "中医药发展", "医保支付", "院前急救", "精神卫生", "老年健康",
      "爱国卫生运动", "健康教育", "计划免疫", "结核病防治", "艾滋病防治", "学校卫生", "饮用水卫生", "医疗废物处置",
      "护士执业注册", "医师执业注册", "村卫生室", "乡镇卫生院", "分级诊疗", "医疗纠纷调解", "血液安全", "放射卫生",
      "病媒生物防制", "慢性病管理", "健康档案", "疫情报告", "突发公共卫生事件", "医疗质量", "药品集中采购", "无偿献血"};
  static final String[] ACTIONS = {"工作方案", "实施意见", "专项整治", "检查结果", "通知", "通报", "公示", "考核办法",
      "管理办法", "年度计划", "工作总结", "资金分配", "实施细则", "督导情况", "评估报告", "行政处罚决定", "许可决定",
      "政策解读", "答记者问", "统计数据"};
  static final String[] OPENINGS = {"为进一步做好", "根据上级部署，现就", "按照县委县政府要求，结合本县实际，现将",
      "为贯彻落实有关规定，加强", "经研究决定，组织开展"};
  static final String[] CLOSINGS = {"请各单位认真贯彻执行。", "请各乡镇卫生院、村卫生室遵照执行。", "特此通知。",
      "执行中遇到的问题请及时报告县卫生健康局。", "欢迎社会各界监督。"};

  public static void main(String[] args) throws Exception {
    String url = args[0];
    try (Connection c = DriverManager.getConnection(url, args[1], args[2])) {
      if (args.length > 3 && args[3].equals("--agency-only")) {
        ensureAgency(c);
        return;
      }
      if (args.length > 4 && args[3].equals("--cursors")) {
        // About K keyset cursors spread evenly over the agency's list, one a line.
        long count = single(c, "SELECT COUNT(*) FROM publication WHERE listed = TRUE");
        long step = Math.max(1, count / Long.parseLong(args[4]));
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT sort_key FROM publication "
            + "WHERE listed = TRUE AND MOD(id, " + step + ") = 0")) {
          while (rs.next()) {
            System.out.println(rs.getLong(1));
          }
        }
        return;
      }
      if (args.length > 3 && args[3].equals("--deep-cursor")) {
        // The keyset cursor of the middle of the agency's list: page 25,000 of 50,000 when N is 1,000,000.
        long count = single(c, "SELECT COUNT(*) FROM publication WHERE listed = TRUE");
        System.out.println(single(c, "SELECT sort_key FROM publication WHERE listed = TRUE ORDER BY sort_key DESC "
            + "LIMIT 1 OFFSET " + count / 2));
        return;
      }
      int n = args.length > 3 ? Integer.parseInt(args[3]) : 1_000_000;
      generate(c, n);
    }
  }

  /** The region and agency the H2 demo data creates; PostgreSQL starts without demo data. */
  static void ensureAgency(Connection c) throws Exception {
    try (Statement s = c.createStatement()) {
      ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM agency WHERE code = '" + AGENCY + "'");
      rs.next();
      if (rs.getLong(1) > 0) {
        return;
      }
    }
    OffsetDateTime now = OffsetDateTime.now();
    long region;
    try (PreparedStatement p = c.prepareStatement("INSERT INTO region (name, level) VALUES ('示例县', 'COUNTY')",
        new String[] {"id"})) {
      p.executeUpdate();
      ResultSet k = p.getGeneratedKeys();
      k.next();
      region = k.getLong(1);
    }
    try (PreparedStatement p = c.prepareStatement("INSERT INTO agency (code, full_name, short_name, kind, region_id, "
        + "active, created_at, updated_at) VALUES (?, '示例县卫生健康局', '示例县卫健局', 'DEPARTMENT', ?, TRUE, ?, ?)")) {
      p.setString(1, AGENCY);
      p.setLong(2, region);
      p.setObject(3, now);
      p.setObject(4, now);
      p.executeUpdate();
    }
  }

  static void generate(Connection c, int n) throws Exception {
    Class<?> tokens = Class.forName("org.gongkai.server.disclosure.SearchTokens");
    Method normalise = accessible(tokens.getDeclaredMethod("normalise", String.class));
    Method text = accessible(Class.forName("org.gongkai.server.disclosure.BodyHtml")
        .getDeclaredMethod("text", String.class));
    Method sortKey = accessible(Class.forName("org.gongkai.server.disclosure.Publications")
        .getDeclaredMethod("sortKey", LocalDate.class, long.class));

    long agency = single(c, "SELECT id FROM agency WHERE code = '" + AGENCY + "'");
    List<Long> categories = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT id FROM disclosure_category WHERE agency_id = " + agency
            + " AND proactive = TRUE ORDER BY position")) {
      while (rs.next()) {
        categories.add(rs.getLong(1));
      }
    }
    if (categories.isEmpty()) {
      throw new IllegalStateException("the agency has no catalogue yet: open its disclosure page once");
    }
    long user = single(c, "SELECT COALESCE(MIN(id), 0) FROM staff_user");
    long firstId = single(c, "SELECT COALESCE(MAX(id), 0) FROM publication") + 1;
    c.setAutoCommit(false);
    LocalDate start = LocalDate.of(2010, 1, 1);
    long days = LocalDate.of(2025, 11, 20).toEpochDay() - start.toEpochDay() + 1;
    Random r = new Random(20261122);
    // Serials continue the agency's counters, after the demo data's own publications.
    TreeMap<Integer, Integer> serials = new TreeMap<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT counter_year, last_serial FROM disclosure_index_counter WHERE agency_id = "
            + agency)) {
      while (rs.next()) {
        serials.put(rs.getInt(1), rs.getInt(2));
      }
    }
    PreparedStatement pub = c.prepareStatement("INSERT INTO publication (id, agency_id, kind, index_number, "
        + "review_position, live_version, listed, withdrawn, category_id, title, date_written, first_published_on, "
        + "last_published_on, sort_key, late, search_title, search_text, created_by, created_at, search_changed_at) "
        + "VALUES (?, ?, 'DOCUMENT', ?, 0, 1, TRUE, FALSE, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    PreparedStatement ver = c.prepareStatement("INSERT INTO publication_version (publication_id, version, title, "
        + "document_number, issuing_body, date_written, category_id, subject_words, body_html, validity, published_on, "
        + "late_days) VALUES (?, 1, ?, ?, '示例县卫生健康局', ?, ?, ?, ?, 'IN_FORCE', ?, ?)");
    long t0 = System.nanoTime();
    for (int i = 0; i < n; i++) {
      long id = firstId + i;
      // Ids ascend with the publication day, as they do when items are published one after another.
      LocalDate on = start.plusDays(days * i / n);
      LocalDate written = on.minusDays(r.nextInt(12));
      int serial = serials.merge(on.getYear(), 1, Integer::sum);
      String topic = TOPICS[r.nextInt(TOPICS.length)];
      String other = TOPICS[r.nextInt(TOPICS.length)];
      String action = ACTIONS[r.nextInt(ACTIONS.length)];
      String title = "关于" + (r.nextInt(3) == 0 ? on.getYear() + "年" : "") + topic + action
          + (r.nextInt(4) == 0 ? "（第" + (1 + r.nextInt(12)) + "期）" : "");
      String docNo = r.nextInt(3) == 0 ? null : "示卫发〔" + on.getYear() + "〕" + (1 + r.nextInt(200)) + "号";
      String subjects = topic + " " + other + " " + (r.nextBoolean() ? "卫生健康" : "医疗卫生");
      String body = "<p>" + OPENINGS[r.nextInt(OPENINGS.length)] + topic + "工作，统筹推进" + other + "，"
          + "现将有关事项" + action + "如下。" + CLOSINGS[r.nextInt(CLOSINGS.length)] + "</p><p>"
          + OPENINGS[r.nextInt(OPENINGS.length)] + other + "工作，各乡镇卫生院要明确责任分工，按期报送" + topic
          + "进展情况。" + CLOSINGS[r.nextInt(CLOSINGS.length)] + "</p>";
      String all = String.join(" ", title, docNo == null ? "" : docNo, subjects, (String) text.invoke(null, body));
      long category = categories.get(r.nextInt(categories.size()));
      String index = String.format("%s/%04d-%05d", AGENCY, on.getYear(), serial);
      int k = 1;
      pub.setLong(k++, id);
      pub.setLong(k++, agency);
      pub.setString(k++, index);
      pub.setLong(k++, category);
      pub.setString(k++, title);
      pub.setObject(k++, written);
      pub.setObject(k++, on);
      pub.setObject(k++, on);
      pub.setLong(k++, (Long) sortKey.invoke(null, on, id));
      pub.setBoolean(k++, false);
      pub.setString(k++, (String) normalise.invoke(null, title));
      pub.setString(k++, (String) normalise.invoke(null, all));
      pub.setLong(k++, user);
      pub.setObject(k++, on.atTime(10, 0).atOffset(java.time.ZoneOffset.ofHours(8)));
      pub.setObject(k++, on.atTime(10, 0).atOffset(java.time.ZoneOffset.ofHours(8)));
      pub.addBatch();
      k = 1;
      ver.setLong(k++, id);
      ver.setString(k++, title);
      ver.setString(k++, docNo);
      ver.setObject(k++, written);
      ver.setLong(k++, category);
      ver.setString(k++, subjects);
      ver.setString(k++, body);
      ver.setObject(k++, on);
      ver.setInt(k++, (int) Math.min(on.toEpochDay() - written.toEpochDay(), 10));
      ver.addBatch();
      if ((i + 1) % 5_000 == 0 || i + 1 == n) {
        pub.executeBatch();
        ver.executeBatch();
        c.commit();
        if ((i + 1) % 100_000 == 0 || i + 1 == n) {
          System.out.printf("%,d publications, %.0f s%n", i + 1, (System.nanoTime() - t0) / 1e9);
        }
      }
    }
    // The application allocates the next numbers from these counters, and new ids after the generated ones.
    try (PreparedStatement up = c.prepareStatement("UPDATE disclosure_index_counter SET last_serial = "
            + "GREATEST(last_serial, ?) WHERE agency_id = ? AND counter_year = ?");
        PreparedStatement ins = c.prepareStatement("INSERT INTO disclosure_index_counter (agency_id, counter_year, "
            + "last_serial) VALUES (?, ?, ?)")) {
      for (var e : serials.entrySet()) {
        up.setInt(1, e.getValue());
        up.setLong(2, agency);
        up.setInt(3, e.getKey());
        if (up.executeUpdate() == 0) {
          ins.setLong(1, agency);
          ins.setInt(2, e.getKey());
          ins.setInt(3, e.getValue());
          ins.executeUpdate();
        }
      }
    }
    try (Statement s = c.createStatement()) {
      s.execute("ALTER TABLE publication ALTER COLUMN id RESTART WITH " + (firstId + n));
    }
    c.commit();
    if (url(c).startsWith("jdbc:postgresql:")) {
      c.setAutoCommit(true);
      try (Statement s = c.createStatement()) {
        s.execute("VACUUM ANALYZE publication");
        s.execute("VACUUM ANALYZE publication_version");
      }
    }
    System.out.printf("done: %,d publications in %.0f s%n", n, (System.nanoTime() - t0) / 1e9);
  }

  static String url(Connection c) throws Exception {
    return c.getMetaData().getURL();
  }

  static long single(Connection c, String sql) throws Exception {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  static Method accessible(Method m) {
    m.setAccessible(true);
    return m;
  }
}
