package org.gongkai.server.disclosure;

import java.time.LocalDate;

/**
 * A publication's current state: the live version shown on the portal ({@code liveVersion} 0 until first published)
 * and the version being prepared ({@code workState} null when none). Title, category and dates are the live
 * version's once published, the draft's before.
 */
record Publication(long id, long agencyId, PublicationKind kind, Long interpretsId, String indexNumber,
    WorkState workState, Integer workVersion, int reviewPosition, int liveVersion, boolean listed, boolean withdrawn,
    String withdrawnReason, LocalDate withdrawnOn, Long categoryId, String title, LocalDate dateWritten,
    LocalDate firstPublishedOn, LocalDate lastPublishedOn, boolean late) {

  public boolean published() {
    return liveVersion > 0;
  }

  /** The Chinese name of where the item stands. */
  public String stateLabel() {
    if (workState != null) {
      return published() ? "已发布，新版本" + workState.label() : workState.label();
    }
    return withdrawn ? "已撤回" : "已发布";
  }
}
