package org.gongkai.core.deadline;

import java.time.LocalDate;
import java.util.List;

/**
 * A single time limit with what an officer should know about it.
 *
 * @param date the last day of the limit
 * @param warnings years counted with weekends only, in Chinese
 * @param explanation how it was counted, in Chinese
 */
public record DueDate(LocalDate date, List<String> warnings, String explanation) {
  public DueDate {
    warnings = List.copyOf(warnings);
  }
}
