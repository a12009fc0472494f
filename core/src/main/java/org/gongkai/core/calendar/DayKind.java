package org.gongkai.core.calendar;

/** What an official notice makes of a date: a day off (法定节假日) or a working day (调休上班日). */
public enum DayKind {
  /** A day off under the notice, whether or not it falls on a weekend. */
  OFF("off", "放假"),
  /** A working day under the notice, usually a make-up Saturday or Sunday. */
  WORK("work", "上班");

  private final String code;
  private final String label;

  DayKind(String code, String label) {
    this.code = code;
    this.label = label;
  }

  /** The value of the {@code kind} column in the calendar CSV. */
  public String code() {
    return code;
  }

  /** The Chinese word for officers. */
  public String label() {
    return label;
  }

  static DayKind fromCode(String code) {
    for (DayKind k : values()) {
      if (k.code.equals(code)) {
        return k;
      }
    }
    return null;
  }
}
