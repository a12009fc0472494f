package org.gongkai.server.disclosure;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.gongkai.server.shared.AuditEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review steps an agency requires before its leader may publish. Until the agency chooses, all three apply in
 * the order 保密审查 → 内容审核 → 校对. The confidentiality review can never be left out (条例第十七条 requires a
 * review mechanism, and the secrecy law the confidentiality review).
 */
@Service
class ReviewSettings {
  static final List<ReviewStepKind> DEFAULT = List.of(ReviewStepKind.CONFIDENTIALITY, ReviewStepKind.CONTENT,
      ReviewStepKind.PROOFREADING);

  private final JdbcClient jdbc;
  private final ApplicationEventPublisher events;

  ReviewSettings(JdbcClient jdbc, ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.events = events;
  }

  /** The agency's steps in order. */
  List<ReviewStepKind> steps(long agencyId) {
    List<ReviewStepKind> kinds = jdbc.sql("SELECT kind FROM disclosure_review_step WHERE agency_id = :a ORDER BY position")
        .param("a", agencyId).query((rs, n) -> ReviewStepKind.valueOf(rs.getString(1))).list();
    return kinds.isEmpty() ? DEFAULT : kinds;
  }

  /** Replaces the agency's steps; each kind at most once, the confidentiality review always included. */
  @Transactional
  void save(long agencyId, List<ReviewStepKind> steps) {
    List<ReviewStepKind> distinct = new ArrayList<>(new LinkedHashSet<>(steps));
    if (distinct.size() != steps.size()) {
      throw new DisclosureException("同一审查步骤不能设置两次。");
    }
    if (!distinct.contains(ReviewStepKind.CONFIDENTIALITY)) {
      throw new DisclosureException("保密审查不能省略：发布前必须经过保密审查。");
    }
    jdbc.sql("DELETE FROM disclosure_review_step WHERE agency_id = :a").param("a", agencyId).update();
    for (int i = 0; i < distinct.size(); i++) {
      jdbc.sql("INSERT INTO disclosure_review_step (agency_id, position, kind) VALUES (:a, :p, :k)")
          .param("a", agencyId).param("p", i + 1).param("k", distinct.get(i).name()).update();
    }
    events.publishEvent(AuditEvent.of(agencyId, "disclosure.review-steps", "agency:" + agencyId,
        String.join("→", distinct.stream().map(ReviewStepKind::label).toList())));
  }
}
