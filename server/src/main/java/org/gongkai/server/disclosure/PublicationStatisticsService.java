package org.gongkai.server.disclosure;

import java.util.Map;
import org.springframework.stereotype.Service;

/** Counts publications by the year they were first published (a later version does not count again). */
@Service
class PublicationStatisticsService implements PublicationStatistics {
  private final PublicationQueries queries;

  PublicationStatisticsService(PublicationQueries queries) {
    this.queries = queries;
  }

  @Override
  public Map<String, Integer> byCategory(long agencyId, int year) {
    return queries.countByCategory(agencyId, year);
  }

  @Override
  public Map<String, Integer> byChannel(long agencyId, int year) {
    return queries.countByChannel(agencyId, year);
  }

  @Override
  public int total(long agencyId, int year) {
    return queries.countFirstPublished(agencyId, year);
  }
}
