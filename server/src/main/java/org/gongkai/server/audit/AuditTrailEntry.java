package org.gongkai.server.audit;

import java.time.Instant;

/** One recorded change of a record, as shown in that record's history: when, who, what (message key) and how. */
public record AuditTrailEntry(Instant at, String actor, String action, String detail) {}
