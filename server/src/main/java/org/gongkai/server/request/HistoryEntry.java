package org.gongkai.server.request;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One step in a request's append-only history: who took it, when it was recorded, the day it took effect, why,
 * and its data ({@code secondDate}, {@code amount} and {@code code} mean what the step says, see RequestService).
 */
record HistoryEntry(long id, long requestId, Step step, String actor, String actorRole, Instant recordedAt,
    LocalDate onDate, LocalDate secondDate, Long amount, String code, String note, Long attachmentId,
    RequestState stateAfter) {

  /** When it was recorded, in Beijing time. */
  public String recordedText() {
    return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
        .format(recordedAt.atZone(java.time.ZoneId.of("Asia/Shanghai")));
  }
}
