package org.gongkai.server.registers;

import java.time.LocalDate;
import java.util.List;

/** A cleanup campaign (清理) as recorded, with the outcome decided for each document it covered. */
record Cleanup(long id, long agencyId, String name, LocalDate decidedOn, String basis, List<Item> items) {

  /** One document's outcome in the campaign. */
  record Item(long documentId, String number, String title, CleanupOutcome outcome, String note) {}
}
