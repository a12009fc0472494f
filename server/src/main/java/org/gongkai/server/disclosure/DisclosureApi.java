package org.gongkai.server.disclosure;

import java.time.LocalDate;
import java.util.List;
import org.gongkai.server.agency.AgencyApi;
import org.springframework.stereotype.Service;

/** The disclosure module's facade for other modules: what the portal's agency page shows of proactive disclosure. */
@Service
public class DisclosureApi {
  private final PublicationQueries queries;
  private final AgencyApi agencies;

  DisclosureApi(PublicationQueries queries, AgencyApi agencies) {
    this.queries = queries;
    this.agencies = agencies;
  }

  /** A published item as a link: its index number, title, first publication day and portal address. */
  public record Headline(String indexNumber, String title, LocalDate datePublished, String path) {}

  /** The agency's newest published (not withdrawn) items, at most {@code n} (≤ 100), newest first. */
  public List<Headline> latest(long agencyId, int n) {
    String code = agencies.require(agencyId).code();
    return queries.latest(agencyId, n).stream()
        .map(i -> new Headline(i.indexNumber(), i.title(), i.firstPublishedOn(), i.path(code))).toList();
  }

  /** The address of the agency's proactive-disclosure column on the portal. */
  public String columnPath(long agencyId) {
    return "/agencies/" + agencies.require(agencyId).code() + "/disclosure";
  }
}
