package org.gongkai.core.cli;

/** Input the user must correct; the message is one Chinese line. */
final class InvalidInputException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  InvalidInputException(String message) {
    super(message);
  }
}
