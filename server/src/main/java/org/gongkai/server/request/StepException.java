package org.gongkai.server.request;

/** A step or an entry refused for a reason the user can fix; the message is the Chinese sentence to show. */
class StepException extends RuntimeException {
  StepException(String message) {
    super(message);
  }
}
