package org.gongkai.server.registers;

import java.time.LocalDate;

/**
 * A rule or normative document as registered. {@code endedOn} is the day it was repealed or expired (set exactly
 * when the status is 已废止 or 已失效); links to its publication and interpretation are free text for now.
 */
record RegisterDocument(long id, long agencyId, DocumentKind kind, String number, String title, LocalDate issuedOn,
    LocalDate effectiveOn, LocalDate endedOn, DocumentStatus status, String publicationRef,
    String interpretationRef) {

  /**
   * Whether the document is in force at the end of the day (project rule): issued by then and not repealed or expired
   * by then; a document published but not yet taking effect counts as in force.
   */
  public boolean inForceOn(LocalDate day) {
    return !issuedOn.isAfter(day) && (endedOn == null || endedOn.isAfter(day));
  }
}
