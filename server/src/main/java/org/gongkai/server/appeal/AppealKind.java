package org.gongkai.server.appeal;

/** The three groups of table 3; {@code appeal.kind.NAME} gives the Chinese name. */
enum AppealKind {
  RECONSIDERATION,
  LITIGATION_DIRECT,
  LITIGATION_AFTER_RECONSIDERATION
}
