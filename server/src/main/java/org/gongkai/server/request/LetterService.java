package org.gongkai.server.request;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.core.deadline.Deadline;
import org.gongkai.server.agency.Agency;
import org.gongkai.server.shared.AuditEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Which letters a request has so far, and each one filled in from the request, its history and its deadline. */
@Component
class LetterService {
  private final Letters letters;
  private final Deadlines deadlines;
  private final ApplicationEventPublisher events;

  LetterService(Letters letters, Deadlines deadlines, ApplicationEventPublisher events) {
    this.letters = letters;
    this.deadlines = deadlines;
    this.events = events;
  }

  /** The letters the steps taken so far call for. */
  static List<LetterKind> available(DisclosureRequest r, List<HistoryEntry> history) {
    List<LetterKind> out = new ArrayList<>();
    if (has(history, Step.ASK_CORRECTION)) {
      out.add(LetterKind.CORRECTION);
    }
    if (has(history, Step.START_CONSULTATION)) {
      out.add(LetterKind.CONSULTATION);
    }
    if (has(history, Step.APPROVE_EXTENSION)) {
      out.add(LetterKind.EXTENSION);
    }
    if (has(history, Step.ISSUE_FEE_NOTICE)) {
      out.add(LetterKind.FEE);
    }
    if (r.outcome() != null) {
      out.add(Outcomes.letter(r.outcome()));
    } else if (r.pendingOutcome() != null) {
      out.add(Outcomes.letter(r.pendingOutcome()));
    }
    return out;
  }

  /** The DOCX of one letter; refused when the request has not reached the step that calls for it. */
  byte[] docx(Agency agency, DisclosureRequest r, List<HistoryEntry> history, LetterKind kind) {
    return write(agency, r, history, kind, false);
  }

  /** The same letter as PDF, in the official layout with the embedded Chinese font. */
  byte[] pdf(Agency agency, DisclosureRequest r, List<HistoryEntry> history, LetterKind kind) {
    return write(agency, r, history, kind, true);
  }

  private byte[] write(Agency agency, DisclosureRequest r, List<HistoryEntry> history, LetterKind kind, boolean pdf) {
    if (!available(r, history).contains(kind)) {
      throw new StepException("该申请尚无此告知书");
    }
    Map<String, String> v = values(agency, r, history);
    String body = Letters.fill(letters.template(agency.id(), kind), v);
    events.publishEvent(AuditEvent.of(r.agencyId(), "request.letter", "request:" + r.id(),
        kind.name() + (pdf ? " PDF" : " DOCX")));
    String number = agency.shortName() + "依申" + r.number();
    if (pdf) {
      return org.gongkai.core.write.ReportWriters.letterPdf(kind.title(), number, List.of(body.split("\\R")),
          agency.fullName(), v.get("日期"));
    }
    return letters.docx(kind, number, body, agency.fullName(), v.get("日期"));
  }

  Map<String, String> values(Agency agency, DisclosureRequest r, List<HistoryEntry> history) {
    Map<String, String> v = new HashMap<>();
    v.put("机关名称", agency.fullName());
    v.put("申请编号", agency.shortName() + "依申" + r.number());
    v.put("申请人", r.applicantName());
    v.put("收到日期", cn(r.receivedOn()));
    v.put("申请内容", r.description());
    v.put("提供形式", r.provisionForm().label());
    v.put("获取方式", r.delivery().label());
    last(history, Step.ASK_CORRECTION).ifPresent(h -> {
      v.put("补正事项", h.note());
      v.put("补正期限", cn(h.secondDate()));
    });
    last(history, Step.START_CONSULTATION).ifPresent(h -> v.put("被征求意见方", h.note()));
    last(history, Step.APPROVE_EXTENSION).ifPresent(h -> {
      Deadline d = deadlines.reply(r, history);
      v.put("延期天数", String.valueOf(h.amount()));
      v.put("延期期限", cn(d.due()));
    });
    last(history, Step.REQUEST_EXTENSION).ifPresent(h -> v.put("延期理由", h.note()));
    last(history, Step.ISSUE_FEE_NOTICE).ifPresent(h -> {
      v.put("收费金额", new java.math.BigDecimal(h.amount()).movePointLeft(2).stripTrailingZeros().toPlainString());
      v.put("收费说明", h.note());
    });
    org.gongkai.core.report.RequestRow outcome = r.outcome() != null ? r.outcome() : r.pendingOutcome();
    if (outcome != null) {
      v.put("办理结果", outcome.fullLabel());
      v.put("依据", r.outcome() != null ? r.outcomeBasis() : r.pendingNote());
      history.stream().filter(h -> h.step() == Step.REPLY || h.step() == Step.SUBMIT_REPLY
          || h.step() == Step.WITHDRAW || h.step() == Step.CONFIRM_LAPSE).reduce((a, b) -> b)
          .ifPresent(h -> v.put("答复说明", h.note() != null ? h.note() : outcome.label()));
    }
    v.put("日期", cn(r.outcomeOn() != null ? r.outcomeOn() : history.get(history.size() - 1).onDate()));
    return v;
  }

  private static boolean has(List<HistoryEntry> history, Step step) {
    return history.stream().anyMatch(h -> h.step() == step);
  }

  private static Optional<HistoryEntry> last(List<HistoryEntry> history, Step step) {
    return history.stream().filter(h -> h.step() == step).reduce((a, b) -> b);
  }

  static String cn(LocalDate d) {
    return d == null ? "" : d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
  }
}
