package org.gongkai.server.request;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.gongkai.core.deadline.DueDate;
import org.gongkai.core.report.RequestRow;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Finds requests whose applicant let a time limit pass: no correction by the day given (→ 3.6.1), no fee paid
 * within 20 working days of receiving the notice (→ 3.6.2). It only proposes; an officer confirms each closing.
 */
@Component
class LapseJob {
  private final RequestRepository repository;
  private final RequestService service;
  private final Deadlines deadlines;
  private final Clock clock;

  LapseJob(RequestRepository repository, RequestService service, Deadlines deadlines, Clock clock) {
    this.repository = repository;
    this.service = service;
    this.deadlines = deadlines;
    this.clock = clock;
  }

  /** Every night shortly after midnight, and on demand from tests. */
  @Scheduled(cron = "${gongkai.requests.lapse-cron:0 10 0 * * *}")
  void run() {
    detect(LocalDate.now(clock));
  }

  /** Proposes every lapse visible on {@code today}; returns how many were newly proposed. */
  int detect(LocalDate today) {
    int proposed = 0;
    for (DisclosureRequest r : repository.waiting()) {
      if (r.lapseOutcome() != null) {
        continue;
      }
      List<HistoryEntry> history = repository.history(r.id());
      Optional<LocalDate> correction = Deadlines.correctionDue(r, history);
      if (correction.isPresent() && today.isAfter(correction.get())) {
        proposed += service.proposeLapse(r, RequestRow.R3_6_1, correction.get().plusDays(1),
            "补正期限" + correction.get() + "已过，尚未收到补正材料") ? 1 : 0;
        continue;
      }
      Optional<DueDate> fee = deadlines.feeDue(r, history);
      if (fee.isPresent() && today.isAfter(fee.get().date())) {
        proposed += service.proposeLapse(r, RequestRow.R3_6_2, fee.get().date().plusDays(1),
            "缴费期限" + fee.get().date() + "已过，尚未缴费。" + fee.get().explanation()) ? 1 : 0;
      }
    }
    return proposed;
  }
}
