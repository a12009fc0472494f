package org.gongkai.server.disclosure;

import java.time.LocalDate;

/** A row of a publication list: what lists and feeds show, with the keyset cursor {@code sortKey}. */
record ListItem(long id, String indexNumber, String title, long categoryId, LocalDate dateWritten,
    LocalDate firstPublishedOn, LocalDate lastPublishedOn, int liveVersion, boolean late, long sortKey,
    PublicationKind kind) {

  /** The portal address of the item, below the agency's disclosure pages. */
  public String path(String agencyCode) {
    return "/agencies/" + agencyCode + "/disclosure/" + indexNumber;
  }

  public boolean updated() {
    return liveVersion > 1;
  }
}
