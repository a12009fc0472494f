package org.gongkai.server.registers;

/** What a cleanup campaign decided for one document; {@code registers.outcome.NAME} gives the Chinese name. */
enum CleanupOutcome {
  KEEP,
  AMEND,
  REPEAL,
  EXPIRE;

  /** The document's status after the decision, given its status before. */
  DocumentStatus statusAfter(DocumentStatus before) {
    return switch (this) {
      case KEEP -> before;
      case AMEND -> DocumentStatus.AMENDED;
      case REPEAL -> DocumentStatus.REPEALED;
      case EXPIRE -> DocumentStatus.EXPIRED;
    };
  }
}
