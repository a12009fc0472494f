package org.gongkai.server.audit;

import java.time.Instant;

/** One audit record as stored, with the hash of the record before it and its own. */
record AuditEntry(long id, Instant at, String actor, Long agencyId, String action, String target, String detail,
    String clientAddress, String previousHash, String hash) {

  /** The bytes the hash covers besides the previous hash: every field, length-prefixed so no two records collide. */
  String canonical() {
    StringBuilder b = new StringBuilder();
    for (Object f : new Object[] {id, at, actor, agencyId, action, target, detail, clientAddress}) {
      String s = f == null ? "" : f.toString();
      b.append(s.length()).append(':').append(s).append(';');
    }
    return b.toString();
  }
}
