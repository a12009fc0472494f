package org.gongkai.server.disclosure;

import java.util.Map;

/** What proactive disclosure tells the annual report's narrative: how much was published, by category and channel. */
public interface PublicationStatistics {
  /** Publications first published in the year, by catalogue category name, largest first. */
  Map<String, Integer> byCategory(long agencyId, int year);

  /** Publications first published in the year, by channel (e.g. 政府网站, 政务新媒体), largest first. */
  Map<String, Integer> byChannel(long agencyId, int year);

  /** All publications first published in the year. */
  int total(long agencyId, int year);
}
