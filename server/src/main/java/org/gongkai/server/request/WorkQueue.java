package org.gongkai.server.request;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.gongkai.core.deadline.Countdown;
import org.gongkai.core.deadline.Deadline;
import org.gongkai.core.deadline.DueDate;
import org.springframework.stereotype.Component;

/** The open requests of an agency with where each stands against its time limit, the most urgent first. */
@Component
class WorkQueue {
  /** How urgent a queue item is. */
  enum Urgency { OVERDUE, TODAY, SOON, LATER, WAITING }

  /** One line of the queue: the limit that matters now (reply, correction or payment) and its explanation. */
  record Item(DisclosureRequest request, String limitName, LocalDate due, String remaining, int workdays,
      Urgency urgency, String explanation, List<String> warnings) {}

  private final RequestRepository repository;
  private final Deadlines deadlines;

  WorkQueue(RequestRepository repository, Deadlines deadlines) {
    this.repository = repository;
    this.deadlines = deadlines;
  }

  List<Item> of(long agencyId, LocalDate today) {
    List<Item> items = new ArrayList<>();
    for (DisclosureRequest r : repository.open(agencyId)) {
      items.add(item(r, repository.history(r.id()), today));
    }
    items.sort(Comparator.comparing(Item::urgency).thenComparing(Item::due));
    return items;
  }

  Item item(DisclosureRequest r, List<HistoryEntry> history, LocalDate today) {
    Optional<LocalDate> correction = Deadlines.correctionDue(r, history);
    if (correction.isPresent()) {
      LocalDate due = correction.get();
      boolean late = today.isAfter(due);
      return new Item(r, "补正期限", due, late ? "补正期限已过" : "等待申请人补正", 0, Urgency.WAITING,
          "答复期限自收到补正后的申请之日起重新计算。", List.of());
    }
    Optional<DueDate> fee = deadlines.feeDue(r, history);
    if (fee.isPresent()) {
      boolean late = today.isAfter(fee.get().date());
      return new Item(r, "缴费期限", fee.get().date(), late ? "缴费期限已过" : "等待申请人缴费", 0, Urgency.WAITING,
          fee.get().explanation(), fee.get().warnings());
    }
    Deadline d = deadlines.reply(r, history);
    Countdown c = deadlines.remaining(d, today);
    Urgency u = c.overdue() ? Urgency.OVERDUE : c.workdays() == 0 ? Urgency.TODAY
        : c.workdays() <= 3 ? Urgency.SOON : Urgency.LATER;
    return new Item(r, "答复期限", d.due(), c.text(), c.workdays(), u, d.explanation(), d.warnings());
  }
}
