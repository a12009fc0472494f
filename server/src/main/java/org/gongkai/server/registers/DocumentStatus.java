package org.gongkai.server.registers;

/** A document's current state; {@code registers.status.NAME} gives the Chinese name. */
enum DocumentStatus {
  IN_FORCE,
  AMENDED,
  REPEALED,
  EXPIRED;

  /** Whether the document stopped being in force (废止 or 失效), which needs the date it did. */
  public boolean ended() {
    return this == REPEALED || this == EXPIRED;
  }
}
