package org.gongkai.server.request;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.gongkai.core.fee.Fee;
import org.gongkai.core.fee.FeeBasis;
import org.gongkai.core.fee.FeeCalculator;
import org.gongkai.core.report.RequestRow;
import org.gongkai.server.shared.AuditEvent;
import org.gongkai.server.shared.NotFoundException;
import org.gongkai.server.shared.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The procedure: registration (portal, back office, platform) and every step of the state machine, each checked
 * against the role and the state, written to the append-only history and the audit log.
 */
@Service
class RequestService {
  private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  private final RequestRepository repository;
  private final PersonalData personal;
  private final Deadlines deadlines;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();
  private final FeeCalculator fees = FeeCalculator.standard();

  RequestService(RequestRepository repository, PersonalData personal, Deadlines deadlines,
      ApplicationEventPublisher events, Clock clock) {
    this.repository = repository;
    this.personal = personal;
    this.deadlines = deadlines;
    this.events = events;
    this.clock = clock;
  }

  /** A registered request: its tracking code and the applicant's secret; {@code repeated} for a resubmission. */
  record Registered(long id, String trackingCode, String secret, boolean repeated) {}

  /** Who acts: a staff member's username and role, or the applicant / platform with role {@code null}. */
  record Actor(String name, Role role, Long agencyId) {}

  LocalDate today() {
    return LocalDate.now(clock);
  }

  /** Registers a request; the same idempotency token (or platform id) gives back the first registration. */
  @Transactional
  Registered register(NewRequest n, List<Upload> uploads, Actor actor) {
    Optional<DisclosureRequest> earlier = n.idempotencyToken() != null ? repository.byToken(n.idempotencyToken())
        : n.platformRef() != null ? repository.byPlatformRef(n.agencyId(), n.platformRef()) : Optional.empty();
    if (earlier.isPresent()) {
      DisclosureRequest r = earlier.get();
      return new Registered(r.id(), r.trackingCode(), personal.decryptSecret(r), true);
    }
    if (uploads.size() > AttachmentSniffer.MAX_FILES) {
      throw new StepException("附件最多" + AttachmentSniffer.MAX_FILES + "个");
    }
    if (n.receivedOn().isAfter(today())) {
      throw new StepException("收到申请日期不能晚于今天");
    }
    String code = code(10);
    String secret = code(8);
    int seq = repository.nextSeq(n.agencyId(), n.receivedOn().getYear());
    long id = repository.insert(n, personal.encrypt(n.idType(), n.idNumber(), n.phone(), n.address()), seq, code,
        personal.encryptSecret(secret), Instant.now(clock));
    Long first = null;
    for (Upload u : uploads) {
      long a = repository.insertAttachment(id, u, Instant.now(clock));
      first = first == null ? a : first;
    }
    repository.append(new HistoryEntry(0, id, Step.REGISTER, actor.name(), actor.role() == null ? null
        : actor.role().name(), Instant.now(clock), n.receivedOn(), null, null, n.channel().name(),
        n.channel().label() + "：收到申请之日为" + n.channel().receiptRule(), first, RequestState.REGISTERED));
    events.publishEvent(new AuditEvent(actor.role() == null ? actor.name() : null, n.agencyId(),
        "request.register", "request:" + id, code));
    return new Registered(id, code, secret, false);
  }

  private String code(int length) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < length; i++) {
      b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return b.toString();
  }

  DisclosureRequest require(long id) {
    return repository.byId(id).orElseThrow(() -> new NotFoundException("request " + id));
  }

  /** The request if it belongs to the staff member's agency; access denied otherwise (also when it does not exist). */
  DisclosureRequest requireOwn(long id, Long agencyId) {
    DisclosureRequest r = repository.byId(id).orElseThrow(() -> new AccessDeniedException("request"));
    if (agencyId == null || r.agencyId() != agencyId) {
      throw new AccessDeniedException("request");
    }
    return r;
  }

  Optional<DisclosureRequest> findByTrackingCode(String code) {
    return repository.byTrackingCode(code);
  }

  List<HistoryEntry> history(long id) {
    return repository.history(id);
  }

  StateMachine.Situation situation(DisclosureRequest r, List<HistoryEntry> history) {
    boolean corrected = history.stream().anyMatch(h -> h.step() == Step.ASK_CORRECTION);
    boolean extended = history.stream().anyMatch(h -> h.step() == Step.APPROVE_EXTENSION);
    return new StateMachine.Situation(r.state(), r.pending(), r.lapseOutcome() != null, corrected, extended,
        repository.replyReview(r.agencyId()));
  }

  /** Takes a step as the actor; refused with 403 for a wrong role or agency, with a Chinese message otherwise. */
  @Transactional
  void act(long requestId, Step step, StepInput in, Actor actor) {
    DisclosureRequest r = requireOwn(requestId, actor.agencyId());
    if (step.role() != actor.role()) {
      throw new AccessDeniedException("step");
    }
    List<HistoryEntry> history = repository.history(requestId);
    StateMachine.Situation s = situation(r, history);
    if (!StateMachine.possible(step, s)) {
      throw new StepException("当前状态（" + r.state().label() + "）下不能进行“" + step.label() + "”");
    }
    apply(r, step, in, actor, s, history);
  }

  /** Marks a request the system found lapsed; an officer still has to confirm it. */
  @Transactional
  boolean proposeLapse(DisclosureRequest r, RequestRow outcome, LocalDate since, String why) {
    List<HistoryEntry> history = repository.history(r.id());
    StateMachine.Situation s = situation(r, history);
    if (!StateMachine.possible(Step.LAPSE_PROPOSED, s)) {
      return false;
    }
    DisclosureRequest next = with(r, r.state(), r.pending(), r.pendingWorkdays(), r.pendingOutcome(),
        r.pendingNote(), outcome, since, null, null, null);
    if (!repository.update(next, r.state())) {
      return false;
    }
    repository.append(new HistoryEntry(0, r.id(), Step.LAPSE_PROPOSED, "system", null, Instant.now(clock), since,
        null, null, outcome.code(), why, null, r.state()));
    events.publishEvent(new AuditEvent("system", r.agencyId(), "request.lapse", "request:" + r.id(), outcome.code()));
    return true;
  }

  private void apply(DisclosureRequest r, Step step, StepInput in, Actor actor, StateMachine.Situation s,
      List<HistoryEntry> history) {
    LocalDate on = in.onDate() == null ? today() : in.onDate();
    if (on.isBefore(r.receivedOn())) {
      throw new StepException("日期不能早于收到申请之日（" + r.receivedOn() + "）");
    }
    if (on.isAfter(today())) {
      throw new StepException("日期不能晚于今天");
    }
    RequestState nextState = StateMachine.after(step, s);
    LocalDate second = in.secondDate();
    Long amount = null;
    String code = null;
    String note = trim(in.text());
    StateMachine.Pending pending = r.pending();
    Integer pw = r.pendingWorkdays();
    RequestRow po = r.pendingOutcome();
    String pn = r.pendingNote();
    RequestRow lapse = r.lapseOutcome();
    LocalDate lapseSince = r.lapseSince();
    RequestRow outcome = null;
    String basis = null;
    LocalDate outcomeOn = null;
    switch (step) {
      case ACCEPT, CLOSE, END_CONSULTATION -> { }
      case ASK_CORRECTION -> {
        need(note, "请写明需要补正的内容");
        if (second == null || !second.isAfter(on)) {
          throw new StepException("请给出补正期限，且应晚于补正通知日期");
        }
      }
      case CORRECTION_RECEIVED -> {
        lapse = null;
        lapseSince = null;
      }
      case START_CONSULTATION -> {
        code = in.code();
        if (!"THIRD_PARTY".equals(code) && !"OTHER_AGENCY".equals(code)) {
          throw new StepException("请选择征求第三方意见或征求其他机关意见");
        }
        need(note, "请写明被征求意见的单位或个人");
        deliveredAfter(on, second);
      }
      case ISSUE_FEE_NOTICE -> {
        Fee fee = fee(in);
        if (fee.fen() == 0) {
          throw new StepException("按此计算不收费（" + fee.explanation() + "），无需发出收费通知");
        }
        deliveredAfter(on, second);
        amount = fee.fen();
        code = fee.method().name();
        note = fee.explanation();
      }
      case FEE_PAID -> {
        amount = history.stream().filter(h -> h.step() == Step.ISSUE_FEE_NOTICE).reduce((a, b) -> b)
            .map(HistoryEntry::amount).orElse(0L);
        lapse = null;
        lapseSince = null;
      }
      case REQUEST_EXTENSION -> {
        int days = in.number() == null ? 0 : in.number();
        int max = deadlines.calculator().rules().maxExtensionWorkdays();
        if (days < 1 || days > max) {
          throw new StepException("延期天数应为1至" + max + "个工作日");
        }
        need(note, "请写明延期理由");
        pending = StateMachine.Pending.EXTENSION;
        pw = days;
        pn = note;
        amount = (long) days;
      }
      case APPROVE_EXTENSION -> {
        amount = pw == null ? 0L : pw.longValue();
        pending = null;
        pw = null;
        pn = null;
      }
      case REFUSE_EXTENSION, RETURN_REPLY -> {
        need(note, "请写明理由");
        pending = null;
        pw = null;
        po = null;
        pn = null;
      }
      case SUBMIT_REPLY, REPLY -> {
        RequestRow row = RequestRow.ofCode(in.code() == null ? "" : in.code());
        if (row == null || !Outcomes.forReply().contains(row)) {
          throw new StepException("请选择办理结果");
        }
        String b = trim(in.basis());
        need(b, "请写明答复依据");
        code = row.code();
        if (step == Step.SUBMIT_REPLY) {
          pending = StateMachine.Pending.REPLY;
          po = row;
          pn = b;
        } else {
          outcome = row;
          basis = b;
          outcomeOn = on;
        }
      }
      case APPROVE_REPLY -> {
        outcome = po;
        basis = pn;
        outcomeOn = on;
        code = po.code();
        pending = null;
        po = null;
        pn = null;
      }
      case WITHDRAW -> {
        need(note, "请写明办结原因（如申请人撤回申请）");
        outcome = RequestRow.R3_6_3;
        basis = note;
        outcomeOn = on;
        code = outcome.code();
        pending = null;
      }
      case CONFIRM_LAPSE -> {
        outcome = lapse;
        basis = Outcomes.defaultBasis(lapse);
        outcomeOn = on;
        code = outcome.code();
        lapse = null;
        lapseSince = null;
      }
      default -> throw new StepException("不能手工进行“" + step.label() + "”");
    }
    if (nextState == RequestState.REPLIED || nextState == RequestState.CLOSED) {
      if (outcome == null && r.outcome() != null) {
        outcome = r.outcome();
        basis = r.outcomeBasis();
        outcomeOn = r.outcomeOn();
      }
    }
    Long doc = null;
    if (in.document() != null) {
      doc = repository.insertAttachment(r.id(), in.document(), Instant.now(clock));
    }
    DisclosureRequest next = with(r, nextState, pending, pw, po, pn, lapse, lapseSince, outcome, basis, outcomeOn);
    if (!repository.update(next, r.state())) {
      throw new StepException("该申请刚被他人办理，请刷新后重试");
    }
    repository.append(new HistoryEntry(0, r.id(), step, actor.name(), actor.role().name(), Instant.now(clock), on,
        second, amount, code, note, doc, nextState));
    events.publishEvent(AuditEvent.of(r.agencyId(), "request.step", "request:" + r.id(), step.name()));
  }

  /** Writes a change of the agency's request settings to the audit log. */
  void audit(long agencyId, String action, String target, String detail) {
    events.publishEvent(AuditEvent.of(agencyId, action, target, detail));
  }

  private Fee fee(StepInput in) {
    int n = in.number() == null ? -1 : in.number();
    try {
      if ("BY_COUNT".equals(in.code())) {
        return fees.calculate(new FeeBasis.ByCount(n));
      } else if ("BY_VOLUME".equals(in.code())) {
        return fees.calculate(new FeeBasis.ByVolume(n));
      }
    } catch (IllegalArgumentException e) {
      throw new StepException(e.getMessage());
    }
    throw new StepException("请选择按件计收或按量计收（二者只能选其一）");
  }

  /** The applicant's number among its requests to the agency in the request's month (for fees by count). */
  int nthInMonth(DisclosureRequest r) {
    return repository.countInMonth(r.agencyId(), repository.fingerprintOf(r.id()), r.applicantName(), r.receivedOn());
  }

  private static void deliveredAfter(LocalDate sent, LocalDate delivered) {
    if (delivered != null && delivered.isBefore(sent)) {
      throw new StepException("送达日期不能早于发出日期");
    }
  }

  private static void need(String value, String message) {
    if (value == null || value.isBlank()) {
      throw new StepException(message);
    }
  }

  private static String trim(String s) {
    if (s == null || s.isBlank()) {
      return null;
    }
    String t = s.strip();
    if (t.length() > 4000) {
      throw new StepException("说明不能超过4000字");
    }
    return t;
  }

  private static DisclosureRequest with(DisclosureRequest r, RequestState state, StateMachine.Pending pending,
      Integer pw, RequestRow po, String pn, RequestRow lapse, LocalDate lapseSince, RequestRow outcome,
      String basis, LocalDate outcomeOn) {
    return new DisclosureRequest(r.id(), r.agencyId(), r.numberYear(), r.numberSeq(), r.trackingCode(),
        r.secretEnc(), r.channel(), r.receivedOn(), r.applicantKind(), r.applicantName(), r.contactPerson(),
        r.idType(), r.idNumberEnc(), r.phoneEnc(), r.addressEnc(), r.email(), r.postcode(), r.description(),
        r.purpose(), r.provisionForm(), r.delivery(), state, pending, pw, po, pn, lapse, lapseSince, outcome, basis,
        outcomeOn, r.createdAt());
  }
}
