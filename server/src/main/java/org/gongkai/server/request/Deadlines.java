package org.gongkai.server.request;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.gongkai.core.deadline.Countdown;
import org.gongkai.core.deadline.Deadline;
import org.gongkai.core.deadline.DeadlineCalculator;
import org.gongkai.core.deadline.DueDate;
import org.gongkai.core.deadline.Pause;
import org.gongkai.core.deadline.PauseKind;
import org.gongkai.core.deadline.RequestTimeline;
import org.springframework.stereotype.Component;

/**
 * A request's time limits, read from its history and computed by the core calculator: 补正 restarts the clock,
 * consultations and fee waits pause it, an approved extension adds its working days.
 */
@Component
class Deadlines {
  private final DeadlineCalculator calculator = DeadlineCalculator.statutory();

  DeadlineCalculator calculator() {
    return calculator;
  }

  /** The dates of the history that move the reply deadline. */
  static RequestTimeline timeline(DisclosureRequest r, List<HistoryEntry> history) {
    LocalDate correctionAsked = null;
    LocalDate correctionReceived = null;
    RequestTimeline t = RequestTimeline.receivedOn(r.receivedOn());
    HistoryEntry open = null;
    int extension = 0;
    for (HistoryEntry h : history) {
      switch (h.step()) {
        case ASK_CORRECTION -> correctionAsked = h.onDate();
        case CORRECTION_RECEIVED -> correctionReceived = h.onDate();
        case START_CONSULTATION, ISSUE_FEE_NOTICE -> open = h;
        case END_CONSULTATION, FEE_PAID -> {
          if (open != null) {
            t = t.withPause(pause(open, h.onDate()));
            open = null;
          }
        }
        case APPROVE_EXTENSION -> extension = h.amount() == null ? 0 : h.amount().intValue();
        default -> { }
      }
    }
    if (open != null) {
      t = t.withPause(pause(open, null));
    }
    return new RequestTimeline(t.received(), correctionAsked, correctionReceived, t.pauses(), extension);
  }

  private static Pause pause(HistoryEntry start, LocalDate ended) {
    PauseKind kind = start.step() == Step.ISSUE_FEE_NOTICE ? PauseKind.FEE_PAYMENT
        : "OTHER_AGENCY".equals(start.code()) ? PauseKind.OTHER_AGENCY : PauseKind.THIRD_PARTY;
    return new Pause(kind, start.onDate(), start.secondDate(), ended);
  }

  /** The reply deadline, with the explanation of how it was reached. */
  Deadline reply(DisclosureRequest r, List<HistoryEntry> history) {
    return calculator.replyDeadline(timeline(r, history));
  }

  Countdown remaining(Deadline d, LocalDate today) {
    return calculator.remaining(d, today);
  }

  /** The day the correction is due, as told to the applicant, while one is awaited. */
  static Optional<LocalDate> correctionDue(DisclosureRequest r, List<HistoryEntry> history) {
    if (r.state() != RequestState.AWAITING_CORRECTION) {
      return Optional.empty();
    }
    return history.stream().filter(h -> h.step() == Step.ASK_CORRECTION).reduce((a, b) -> b)
        .map(HistoryEntry::secondDate);
  }

  /** The last day to pay, while a fee is awaited: 20 working days after the applicant received the notice. */
  Optional<DueDate> feeDue(DisclosureRequest r, List<HistoryEntry> history) {
    if (r.state() != RequestState.AWAITING_FEE) {
      return Optional.empty();
    }
    return history.stream().filter(h -> h.step() == Step.ISSUE_FEE_NOTICE).reduce((a, b) -> b)
        .map(h -> calculator.feePaymentDue(h.secondDate() != null ? h.secondDate() : h.onDate()));
  }
}
