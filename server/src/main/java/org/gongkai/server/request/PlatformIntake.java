package org.gongkai.server.request;

import jakarta.validation.Validator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.gongkai.server.shared.AuditEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/**
 * Submissions and status reads of the provincial intake platform, always within the agency of the calling key:
 * registration through {@link RequestService} on the network channel, idempotent on the platform's request id.
 */
@Service
class PlatformIntake {
  private static final String REF_PATTERN = "[A-Za-z0-9][A-Za-z0-9._:-]{0,99}";
  private final RequestService service;
  private final RequestRepository repository;
  private final PersonalData personal;
  private final Deadlines deadlines;
  private final SpringValidatorAdapter validator;
  private final MessageSource messages;
  private final ApplicationEventPublisher events;

  PlatformIntake(RequestService service, RequestRepository repository, PersonalData personal, Deadlines deadlines,
      Validator validator, MessageSource messages, ApplicationEventPublisher events) {
    this.service = service;
    this.repository = repository;
    this.personal = personal;
    this.deadlines = deadlines;
    this.validator = new SpringValidatorAdapter(validator);
    this.messages = messages;
    this.events = events;
  }

  /** The receipt, and whether the request was registered now (false: the platform had submitted it before). */
  record Outcome(PlatformReceipt receipt, boolean created) {}

  Outcome submit(ApiKey key, PlatformSubmission s) {
    ApplyForm form = s.toForm();
    BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "draft");
    validator.validate(form, errors);
    form.check(errors);
    Map<String, String> fields = new LinkedHashMap<>();
    if (s.platformRequestId() == null || !s.platformRequestId().matches(REF_PATTERN)) {
      fields.put("platformRequestId", "平台申请编号必填，为1至100位字母、数字或 . _ : -，以字母或数字开头");
    }
    for (FieldError e : errors.getFieldErrors()) {
      fields.putIfAbsent(jsonName(e.getField()), messages.getMessage(e, Locale.SIMPLIFIED_CHINESE));
    }
    if (!fields.isEmpty()) {
      throw new ApiProblem(HttpStatus.BAD_REQUEST, "申请内容有误，请按 fields 中的说明修改", fields);
    }
    NewRequest draft = form.toNew(key.agencyId(), Channel.ONLINE, service.today(), null);
    NewRequest n = new NewRequest(draft.agencyId(), draft.channel(), draft.receivedOn(), draft.applicantKind(),
        draft.applicantName(), draft.contactPerson(), draft.idType(), draft.idNumber(), draft.phone(), draft.address(),
        draft.email(), draft.postcode(), draft.description(), draft.purpose(), draft.provisionForm(), draft.delivery(),
        null, s.platformRequestId());
    Optional<DisclosureRequest> earlier = repository.byPlatformRef(key.agencyId(), n.platformRef());
    if (earlier.isEmpty()) {
      RequestService.Actor actor = new RequestService.Actor(key.actor(), null, key.agencyId());
      try {
        RequestService.Registered r = service.register(n, List.of(), actor);
        if (!r.repeated()) {
          DisclosureRequest created = service.require(r.id());
          audit(key, "request.api.submit", created, "新登记，平台编号 " + n.platformRef());
          return new Outcome(receipt(created, n.platformRef()), true);
        }
      } catch (DataIntegrityViolationException raced) {
        // The same id submitted twice at the same instant: the unique constraint lets one in, the other finds it.
      }
      earlier = repository.byPlatformRef(key.agencyId(), n.platformRef());
    }
    DisclosureRequest r = earlier.orElseThrow(() -> new ApiProblem(HttpStatus.CONFLICT, "该申请正在登记，请稍后重试"));
    if (!sameContent(n, r)) {
      audit(key, "request.api.conflict", r, "平台编号 " + n.platformRef() + " 重复使用");
      throw new ApiProblem(HttpStatus.CONFLICT,
          "平台申请编号“" + n.platformRef() + "”已用于内容不同的另一件申请，请勿重复使用编号");
    }
    audit(key, "request.api.submit", r, "重复提交，返回已登记的申请，平台编号 " + n.platformRef());
    return new Outcome(receipt(r, n.platformRef()), false);
  }

  /** The request's progress; not found for ids of other agencies just as for unknown ones. */
  PlatformStatus status(ApiKey key, String platformRequestId) {
    DisclosureRequest r = (platformRequestId != null && platformRequestId.matches(REF_PATTERN)
        ? repository.byPlatformRef(key.agencyId(), platformRequestId) : Optional.<DisclosureRequest>empty())
        .orElseThrow(() -> new ApiProblem(HttpStatus.NOT_FOUND, "没有找到平台申请编号为“" + platformRequestId
            + "”的申请（只能查询本单位密钥提交的申请）"));
    audit(key, "request.api.status", r, "平台编号 " + platformRequestId);
    List<HistoryEntry> history = service.history(r.id());
    boolean running = r.state().open() && r.state() != RequestState.AWAITING_CORRECTION;
    PlatformStatus.OutcomeView outcome = r.outcome() == null ? null
        : new PlatformStatus.OutcomeView(r.outcome().code(), r.outcome().fullLabel(), r.outcomeOn());
    return new PlatformStatus(platformRequestId, r.number(), r.trackingCode(), r.receivedOn(), r.state().name(),
        r.state().label(), running ? deadlines.reply(r, history).due() : null,
        Deadlines.correctionDue(r, history).orElse(null),
        history.stream().filter(h -> h.step().visibleToApplicant())
            .map(h -> new PlatformStatus.StepView(h.step().name(), h.step().label(), h.onDate())).toList(),
        r.state().open() ? null : outcome);
  }

  private PlatformReceipt receipt(DisclosureRequest r, String ref) {
    return new PlatformReceipt(ref, r.number(), r.trackingCode(), personal.decryptSecret(r), r.receivedOn(),
        "/api/v1/requests/" + ref);
  }

  /** Whether a stored request holds what the platform sent now (the day of receipt aside). */
  private boolean sameContent(NewRequest n, DisclosureRequest r) {
    PersonalData.Person p = personal.clearForComparison(r);
    return n.applicantKind() == r.applicantKind() && n.idType() == r.idType()
        && n.provisionForm() == r.provisionForm() && n.delivery() == r.delivery()
        && Objects.equals(n.applicantName(), r.applicantName()) && Objects.equals(n.contactPerson(), r.contactPerson())
        && Objects.equals(n.idNumber(), p.idNumber()) && Objects.equals(n.phone(), p.phone())
        && Objects.equals(n.address(), p.address()) && Objects.equals(n.email(), r.email())
        && Objects.equals(n.postcode(), r.postcode()) && Objects.equals(n.description(), r.description())
        && Objects.equals(n.purpose(), r.purpose());
  }

  private void audit(ApiKey key, String action, DisclosureRequest r, String detail) {
    events.publishEvent(new AuditEvent(key.actor(), key.agencyId(), action, "request:" + r.id(), detail));
  }

  private static String jsonName(String formField) {
    return formField.equals("kind") ? "applicantKind" : formField;
  }
}
