package org.gongkai.server.disclosure;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.server.agency.Agency;
import org.gongkai.server.agency.AgencyApi;
import org.gongkai.server.shared.AuditEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each agency's catalogue (主动公开基本目录). It is created from {@link CatalogueTemplate} when the agency is created,
 * or, for agencies that existed before, the first time it is opened.
 */
@Service
class Catalogue {
  private static final String COLUMNS = "id, agency_id, parent_id, position, name, content, legal_basis, time_limit, "
      + "responsible_unit, channel, audience, proactive";

  private final JdbcClient jdbc;
  private final AgencyApi agencies;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Catalogue(JdbcClient jdbc, AgencyApi agencies, ApplicationEventPublisher events, Clock clock) {
    this.jdbc = jdbc;
    this.agencies = agencies;
    this.events = events;
    this.clock = clock;
  }

  /** A new agency gets its catalogue in the same transaction that created it. */
  @EventListener
  void onAgencyCreated(AuditEvent event) {
    if ("agency.create".equals(event.action()) && event.agencyId() != null) {
      ensure(event.agencyId());
    }
  }

  /** Creates the agency's catalogue from the template unless it exists; safe when two requests race. */
  @Transactional
  void ensure(long agencyId) {
    if (exists(agencyId)) {
      return;
    }
    // Locking the agency row serialises concurrent first openings on H2 and PostgreSQL alike.
    jdbc.sql("SELECT id FROM agency WHERE id = :a FOR UPDATE").param("a", agencyId).query(Long.class).optional();
    if (exists(agencyId)) {
      return;
    }
    Agency agency = agencies.require(agencyId);
    jdbc.sql("INSERT INTO disclosure_catalogue (agency_id, created_at) VALUES (:a, :now)").param("a", agencyId)
        .param("now", OffsetDateTime.now(clock)).update();
    Map<String, Long> parents = new HashMap<>();
    int position = 0;
    for (CatalogueTemplate.Entry e : CatalogueTemplate.entriesFor(agency.fullName())) {
      position += 10;
      long id = insert(agencyId, e.parent() == null ? null : parents.get(e.parent()), position, e.name(), e.content(),
          e.legalBasis(), e.timeLimit(), e.unit(), e.channel(), CatalogueTemplate.AUDIENCE, e.proactive());
      if (e.parent() == null) {
        parents.put(e.name(), id);
      }
    }
  }

  private boolean exists(long agencyId) {
    return jdbc.sql("SELECT COUNT(*) FROM disclosure_catalogue WHERE agency_id = :a").param("a", agencyId)
        .query(Long.class).single() > 0;
  }

  /** The agency's entries, each top-level entry followed by its children, in position order. */
  @Transactional
  List<Category> categories(long agencyId) {
    ensure(agencyId);
    List<Category> all = jdbc.sql("SELECT " + COLUMNS + " FROM disclosure_category WHERE agency_id = :a "
        + "ORDER BY position, id").param("a", agencyId).query(Catalogue::row).list();
    List<Category> out = new ArrayList<>();
    for (Category top : all) {
      if (top.parentId() == null) {
        out.add(top);
        all.stream().filter(c -> top.id() == (c.parentId() == null ? -1 : c.parentId())).forEach(out::add);
      }
    }
    return out;
  }

  /** One entry of the agency's catalogue, if it is the agency's. */
  Optional<Category> find(long agencyId, long categoryId) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM disclosure_category WHERE agency_id = :a AND id = :id")
        .param("a", agencyId).param("id", categoryId).query(Catalogue::row).optional();
  }

  /** The entry; a Chinese error when the agency has no such entry. */
  Category require(long agencyId, long categoryId) {
    return find(agencyId, categoryId).orElseThrow(() -> new DisclosureException("所选目录分类不存在或不属于本单位。"));
  }

  /** The name of the entry with its parent's, e.g. 政策文件 › 政策解读. */
  String path(Category c) {
    if (c.parentId() == null) {
      return c.name();
    }
    return find(c.agencyId(), c.parentId()).map(p -> p.name() + " › " + c.name()).orElse(c.name());
  }

  /** Adds an entry; only two levels, so a parent must be a top-level entry of the same agency. */
  @Transactional
  long add(long agencyId, CategoryForm f) {
    ensure(agencyId);
    check(agencyId, null, f);
    long id = insert(agencyId, f.getParentId(), f.getPosition(), f.getName().trim(), f.getContent(),
        f.getLegalBasis(), f.getTimeLimit(), f.getResponsibleUnit(), f.getChannel(), f.getAudience(),
        f.isProactive());
    events.publishEvent(AuditEvent.of(agencyId, "disclosure.category.create", "category:" + id, f.getName()));
    return id;
  }

  /** Replaces an entry's fields. */
  @Transactional
  void update(long agencyId, long categoryId, CategoryForm f) {
    require(agencyId, categoryId);
    check(agencyId, categoryId, f);
    jdbc.sql("UPDATE disclosure_category SET parent_id = :p, position = :pos, name = :n, content = :c, "
            + "legal_basis = :lb, time_limit = :tl, responsible_unit = :u, channel = :ch, audience = :au, "
            + "proactive = :pr WHERE id = :id AND agency_id = :a")
        .param("p", f.getParentId()).param("pos", f.getPosition()).param("n", f.getName().trim())
        .param("c", trim(f.getContent())).param("lb", trim(f.getLegalBasis())).param("tl", trim(f.getTimeLimit()))
        .param("u", trim(f.getResponsibleUnit())).param("ch", trim(f.getChannel())).param("au", trim(f.getAudience()))
        .param("pr", f.isProactive()).param("id", categoryId).param("a", agencyId).update();
    events.publishEvent(AuditEvent.of(agencyId, "disclosure.category.update", "category:" + categoryId, f.getName()));
  }

  private void check(long agencyId, Long self, CategoryForm f) {
    if (f.getName() == null || f.getName().isBlank() || f.getName().trim().length() > 100) {
      throw new DisclosureException("请填写分类名称（不超过100字）。");
    }
    if (f.getChannel() == null || f.getChannel().isBlank()) {
      throw new DisclosureException("请填写公开渠道（如：政府网站）。");
    }
    if (f.getParentId() != null) {
      Category parent = require(agencyId, f.getParentId());
      if (parent.parentId() != null || parent.id() == (self == null ? -1 : self)) {
        throw new DisclosureException("上级分类必须是本单位的一级分类。");
      }
      if (self != null && jdbc.sql("SELECT COUNT(*) FROM disclosure_category WHERE parent_id = :id")
          .param("id", self).query(Long.class).single() > 0) {
        throw new DisclosureException("该分类下已有子分类，不能再设为其他分类的子分类。");
      }
    }
  }

  private long insert(long agencyId, Long parentId, int position, String name, String content, String legalBasis,
      String timeLimit, String unit, String channel, String audience, boolean proactive) {
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql("INSERT INTO disclosure_category (agency_id, parent_id, position, name, content, legal_basis, time_limit, "
            + "responsible_unit, channel, audience, proactive) VALUES (:a, :p, :pos, :n, :c, :lb, :tl, :u, :ch, :au, :pr)")
        .param("a", agencyId).param("p", parentId).param("pos", position).param("n", name).param("c", trim(content))
        .param("lb", trim(legalBasis)).param("tl", trim(timeLimit)).param("u", trim(unit)).param("ch", trim(channel))
        .param("au", trim(audience)).param("pr", proactive).update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }

  private static String trim(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  private static Category row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    long parent = rs.getLong("parent_id");
    Long parentId = rs.wasNull() ? null : parent;
    return new Category(rs.getLong("id"), rs.getLong("agency_id"), parentId, rs.getInt("position"),
        rs.getString("name"), rs.getString("content"), rs.getString("legal_basis"), rs.getString("time_limit"),
        rs.getString("responsible_unit"), rs.getString("channel"), rs.getString("audience"),
        rs.getBoolean("proactive"));
  }
}
