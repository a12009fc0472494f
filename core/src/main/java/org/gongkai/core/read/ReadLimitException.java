package org.gongkai.core.read;

/** Unchecked signal that a limit was hit deep inside a walk; each front end turns it into an {@link UnreadableDocumentException}. */
final class ReadLimitException extends RuntimeException {
  ReadLimitException(String message) {
    super(message, null, false, false);
  }
}
