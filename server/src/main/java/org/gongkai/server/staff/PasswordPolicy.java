package org.gongkai.server.staff;

/** The password rule: at least 10 characters, at most 128, with at least one letter and one digit. */
final class PasswordPolicy {
  static final int MIN_LENGTH = 10;
  static final int MAX_LENGTH = 128;

  private PasswordPolicy() {}

  /** The message key of the first rule the password breaks, or {@code null} when it is acceptable. */
  static String problem(String password) {
    if (password == null || password.length() < MIN_LENGTH) {
      return "password.tooShort";
    }
    if (password.length() > MAX_LENGTH) {
      return "password.tooLong";
    }
    boolean letter = password.chars().anyMatch(c -> (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
    boolean digit = password.chars().anyMatch(c -> c >= '0' && c <= '9');
    if (!letter || !digit) {
      return "password.lettersAndDigits";
    }
    return null;
  }
}
