package org.gongkai.core.read;

/**
 * The input cannot be read as a report at all (empty, binary garbage, damaged or encrypted, too large, a PDF
 * that cannot be parsed). The message is one Chinese line fit to show a user.
 */
public class UnreadableDocumentException extends Exception {
  public UnreadableDocumentException(String message) {
    super(message);
  }

  public UnreadableDocumentException(String message, Throwable cause) {
    super(message, cause);
  }
}
