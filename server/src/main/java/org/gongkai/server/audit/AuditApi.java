package org.gongkai.server.audit;

import org.gongkai.server.shared.AuditEvent;
import org.gongkai.server.shared.CurrentStaff;
import org.gongkai.server.shared.Requests;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * The audit module's facade. Other modules do not call it to record: they publish {@link AuditEvent}, which is
 * written here synchronously, inside the publisher's transaction, so an action and its record commit together.
 */
@Service
public class AuditApi {
  private final AuditLog log;

  AuditApi(AuditLog log) {
    this.log = log;
  }

  @EventListener
  void on(AuditEvent event) {
    String actor = event.actor() != null ? event.actor()
        : CurrentStaff.get().map(p -> p.getUsername()).orElse("system");
    log.append(actor, event.agencyId(), event.action(), event.target(), event.detail(), Requests.clientAddress());
  }

  /** Recomputes the whole chain. */
  public ChainStatus verify() {
    return log.verify();
  }

  /** Entries about an agency, or all entries when {@code agencyId} is null. */
  public long count(Long agencyId) {
    return log.count(agencyId);
  }

  /** The entries about one record of an agency (its audit target, e.g. "register-document:12"), oldest first. */
  public java.util.List<AuditTrailEntry> trail(long agencyId, String target) {
    return log.ofTarget(agencyId, target).stream()
        .map(e -> new AuditTrailEntry(e.at(), e.actor(), e.action(), e.detail())).toList();
  }
}
