package org.gongkai.core.deadline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import org.gongkai.core.calendar.WorkingDayCalendar;

/**
 * Computes the time limits of disclosure requests on a working-day calendar under a set of {@link DeadlineRules}.
 *
 * <p>Every limit follows the project rule for periods: the day of the event is not counted, counting starts the
 * next day. Hence the fee payment period, which 国办函〔2020〕109号 counts "from the day after the applicant
 * receives the notice", ends {@code feePaymentWorkdays} working days after the day of receipt: the day after
 * receipt is the first day counted when it is a working day, never a day zero.
 */
public final class DeadlineCalculator {
  private final WorkingDayCalendar calendar;
  private final DeadlineRules rules;

  public DeadlineCalculator(WorkingDayCalendar calendar, DeadlineRules rules) {
    this.calendar = Objects.requireNonNull(calendar, "calendar");
    this.rules = Objects.requireNonNull(rules, "rules");
  }

  /** The official calendar with the statutory limits. */
  public static DeadlineCalculator statutory() {
    return new DeadlineCalculator(WorkingDayCalendar.official(), DeadlineRules.statutory());
  }

  public WorkingDayCalendar calendar() {
    return calendar;
  }

  public DeadlineRules rules() {
    return rules;
  }

  /**
   * The reply deadline: {@code replyWorkdays} plus the approved extension, counted after the clock start, with
   * the working days of the pauses that fall before the due date left out (a day covered by several pauses
   * once).
   *
   * @throws IllegalArgumentException (Chinese message) when the extension exceeds {@code maxExtensionWorkdays}
   */
  public Deadline replyDeadline(RequestTimeline request) {
    int extension = request.extensionWorkdays();
    if (extension > rules.maxExtensionWorkdays()) {
      throw new IllegalArgumentException("延期不能超过" + rules.maxExtensionWorkdays() + "个工作日：" + extension);
    }
    LocalDate start = request.clockStart();
    List<Resolved> resolved = request.pauses().stream().map(p -> resolve(p, start)).toList();
    List<Interval> paused = Interval.union(resolved.stream().map(Resolved::interval).toList());
    Reached due = reach(start, rules.replyWorkdays() + extension, paused);
    Reached longest = reach(start, rules.replyWorkdays() + rules.maxExtensionWorkdays(), paused);

    Set<String> warnings = new LinkedHashSet<>(calendar.warnings(request.received(), longest.date()));
    LocalDate correctionNoticeDue = calendar.addWorkingDays(request.received(), rules.correctionNoticeWorkdays());
    if (request.correctionRequested() != null && request.correctionRequested().isAfter(correctionNoticeDue)) {
      warnings.add("补正通知于" + request.correctionRequested() + "发出，晚于应发出的期限" + correctionNoticeDue);
    }
    List<CountedPause> counted = new ArrayList<>();
    for (Resolved r : resolved) {
      CountedPause c = r.counted(calendar, due.date());
      warnings.addAll(pauseWarnings(c, start, due.date()));
      counted.add(c);
    }
    Deadline deadline = new Deadline(request.received(), correctionNoticeDue, start, due.date(), longest.date(),
        extension, due.paused(), counted, List.copyOf(warnings), "");
    return withExplanation(deadline);
  }

  /** The last day to send a 补正 notice: {@code correctionNoticeWorkdays} after the date of receipt. */
  public DueDate correctionNoticeDue(LocalDate received) {
    return dueDate(received, rules.correctionNoticeWorkdays(), "收到申请之日", "补正通知应在");
  }

  /** The last day a consulted third party or agency may answer: counted from the day it received the letter. */
  public DueDate consultationAnswerDue(LocalDate letterReceived) {
    return dueDate(letterReceived, rules.consultationWorkdays(), "收到征求意见书之日", "被征求意见方应在");
  }

  /**
   * The last day to pay a fee: {@code feePaymentWorkdays} working days counted from the day after the applicant
   * received the fee notice (the day of receipt itself not counted). Unpaid by then, the request is abandoned.
   */
  public DueDate feePaymentDue(LocalDate noticeReceived) {
    return dueDate(noticeReceived, rules.feePaymentWorkdays(), "申请人收到收费通知之日", "申请人应在");
  }

  /** Where {@code deadline} stands on {@code today}: counted working days left, or how far overdue. */
  public Countdown remaining(Deadline deadline, LocalDate today) {
    LocalDate due = deadline.due();
    if (today.isAfter(due)) {
      int late = calendar.workingDaysBetween(due, today);
      return new Countdown(today, due, -late, "已超期" + late + "个工作日（" + due + "届满）");
    }
    if (today.equals(due)) {
      return new Countdown(today, due, 0, "今日届满");
    }
    List<Interval> paused = deadline.pauses().stream().filter(CountedPause::counted)
        .map(CountedPause::interval).toList();
    int left = calendar.workingDaysBetween(today, due) - Interval.workdays(calendar, paused, today, due);
    return new Countdown(today, due, left, "剩余" + left + "个工作日（" + due + "届满）");
  }

  private DueDate dueDate(LocalDate event, int workdays, String eventName, String subject) {
    LocalDate due = calendar.addWorkingDays(event, workdays);
    String text = eventName + "为" + event + "（当日不计入），自次日起算" + workdays + "个工作日，" + subject
        + due + "前（含当日）完成；期间" + calendar.span(event, due).explanation() + "。";
    return new DueDate(due, calendar.warnings(event, due), text);
  }

  private Deadline withExplanation(Deadline d) {
    String text = Explanation.of(d, rules, calendar.span(d.clockStart(), d.due()));
    return new Deadline(d.received(), d.correctionNoticeDue(), d.clockStart(), d.due(), d.extendedDue(),
        d.extensionWorkdays(), d.pausedWorkdays(), d.pauses(), d.warnings(), text);
  }

  private Resolved resolve(Pause p, LocalDate start) {
    OptionalInt limit = p.kind().limitWorkdays(rules);
    LocalDate limitEnd = limit.isPresent() ? calendar.addWorkingDays(p.delivered(), limit.getAsInt()) : null;
    LocalDate end;
    if (p.ended() == null) {
      end = limitEnd;
    } else if (limitEnd != null && limitEnd.isBefore(p.ended())) {
      end = limitEnd;
    } else {
      end = p.ended();
    }
    LocalDate after = p.sent().isBefore(start) ? start : p.sent();
    return new Resolved(p, limitEnd, after, end);
  }

  /** Walks the counted days after {@code start}, jumping over each pause the count reaches before it is done. */
  private Reached reach(LocalDate start, int workdays, List<Interval> paused) {
    LocalDate position = start;
    int remaining = workdays;
    int skipped = 0;
    for (Interval pause : paused) {
      int before = calendar.workingDaysBetween(position, pause.after());
      if (before >= remaining) {
        break;
      }
      remaining -= before;
      skipped += calendar.workingDaysBetween(pause.after(), pause.upTo());
      position = pause.upTo();
    }
    return new Reached(calendar.addWorkingDays(position, remaining), skipped);
  }

  private static List<String> pauseWarnings(CountedPause c, LocalDate start, LocalDate due) {
    Pause p = c.pause();
    String name = p.kind().label() + "（" + p.sent() + "发出）";
    if (!c.upTo().isAfter(start)) {
      return List.of(name + "在计时起点" + start + "之前已结束，未计入");
    }
    if (!c.counted() && !p.sent().isBefore(due)) {
      return List.of(name + "在答复期限" + due + "当日或之后发出，未计入");
    }
    if (c.counted() && c.provisional()) {
      return List.of(name + "尚未结束，暂计至其期限届满日" + c.limitEnd());
    }
    return List.of();
  }

  private record Reached(LocalDate date, int paused) {}

  private record Resolved(Pause pause, LocalDate limitEnd, LocalDate after, LocalDate upTo) {
    Interval interval() {
      return new Interval(after, upTo);
    }

    CountedPause counted(WorkingDayCalendar calendar, LocalDate due) {
      Interval i = interval();
      int workdays = i.isEmpty() ? 0 : calendar.workingDaysBetween(after, upTo);
      return new CountedPause(pause, limitEnd, after, upTo, workdays, !i.isEmpty() && after.isBefore(due));
    }
  }
}
