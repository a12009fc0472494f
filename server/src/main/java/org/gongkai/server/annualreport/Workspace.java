package org.gongkai.server.annualreport;

import java.util.Map;

/**
 * The stored state of one agency's report on one year: edited narrative by section number (absent = the drafted
 * text), the base report of a correction (the published version it corrects, else {@code null}) and, once approved,
 * the frozen report as canonical JSON.
 */
public record Workspace(long agencyId, int year, Status status, Map<String, String> narrative, String baseJson,
    String approvedJson, String submittedBy, String approvedBy) {

  static Workspace fresh(long agencyId, int year) {
    return new Workspace(agencyId, year, Status.DRAFT, Map.of(), null, null, null, null);
  }

  Workspace with(Status s) {
    return new Workspace(agencyId, year, s, narrative, baseJson, approvedJson, submittedBy, approvedBy);
  }
}
