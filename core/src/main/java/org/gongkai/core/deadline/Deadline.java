package org.gongkai.core.deadline;

import java.time.LocalDate;
import java.util.List;

/**
 * The reply deadline of one request.
 *
 * @param received the date of receipt
 * @param correctionNoticeDue the last day to send a 补正 notice (7 working days after receipt by default)
 * @param clockStart the day after which the reply period runs (the corrected request's arrival, if any)
 * @param due the last day to reply, with the approved extension
 * @param extendedDue the last day to reply if the longest extension were approved, always computed
 * @param extensionWorkdays the approved extension counted in {@code due}
 * @param pausedWorkdays working days not counted in {@code due} because of pauses, each day once
 * @param pauses every pause given, as applied
 * @param warnings in Chinese: years counted with weekends only, pauses awaited or not counted
 * @param explanation in Chinese: how the due date was reached (holidays, make-up days, pauses)
 */
public record Deadline(LocalDate received, LocalDate correctionNoticeDue, LocalDate clockStart, LocalDate due,
    LocalDate extendedDue, int extensionWorkdays, int pausedWorkdays, List<CountedPause> pauses,
    List<String> warnings, String explanation) {
  public Deadline {
    pauses = List.copyOf(pauses);
    warnings = List.copyOf(warnings);
  }
}
