package org.gongkai.core.calendar;

/** Calendar data that cannot be used; the message is Chinese and names the line of the CSV. */
public final class CalendarDataException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final long line;

  CalendarDataException(long line, String problem) {
    super(line > 0 ? "节假日数据第" + line + "行：" + problem : "节假日数据：" + problem);
    this.line = line;
  }

  /** The 1-based line of the CSV the problem is on, or 0 when it concerns the whole file. */
  public long line() {
    return line;
  }
}
