package org.gongkai.server.registers;

/** The two rows of table 1's first block; message key {@code registers.kind.NAME} gives the Chinese name. */
enum DocumentKind {
  RULE,
  NORMATIVE
}
