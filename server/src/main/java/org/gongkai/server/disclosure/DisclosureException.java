package org.gongkai.server.disclosure;

/** A refused disclosure operation; the message is the Chinese sentence shown to the staff member. */
class DisclosureException extends RuntimeException {
  DisclosureException(String message) {
    super(message);
  }
}
