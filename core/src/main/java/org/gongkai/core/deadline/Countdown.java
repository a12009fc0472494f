package org.gongkai.core.deadline;

import java.time.LocalDate;

/**
 * Where a request stands against its due date on a given day, for the work queue.
 *
 * @param today the day asked about
 * @param due the due date
 * @param workdays counted working days left after today up to and including the due date (paused days not
 *     counted); 0 on the due date; negative when overdue (minus the working days since the due date)
 * @param text the same in Chinese, e.g. 剩余5个工作日 / 今日届满 / 已超期3个工作日
 */
public record Countdown(LocalDate today, LocalDate due, int workdays, String text) {

  /** True once the due date has passed. */
  public boolean overdue() {
    return today.isAfter(due);
  }
}
