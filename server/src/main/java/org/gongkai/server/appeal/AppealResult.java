package org.gongkai.server.appeal;

/** A case's result column in table 3; {@code appeal.result.NAME} gives the Chinese name. */
enum AppealResult {
  UPHELD,
  CORRECTED,
  OTHER,
  PENDING
}
