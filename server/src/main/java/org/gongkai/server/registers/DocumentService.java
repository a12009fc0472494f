package org.gongkai.server.registers;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gongkai.server.shared.AuditEvent;
import org.gongkai.server.shared.NotFoundException;
import org.gongkai.server.shared.Problem;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of rules and normative documents: checks every entry before it is stored, records cleanup campaigns
 * and applies their outcomes to the documents, and tells which documents are due for a cleanup review.
 */
@Service
class DocumentService {
  private final DocumentRepository repository;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final int reviewYears;
  private final MessageSource messages;

  DocumentService(DocumentRepository repository, ApplicationEventPublisher events, Clock clock,
      @Value("${gongkai.registers.review-years:5}") int reviewYears, MessageSource messages) {
    this.messages = messages;
    this.repository = repository;
    this.events = events;
    this.clock = clock;
    this.reviewYears = reviewYears;
  }

  List<RegisterDocument> list(long agencyId) {
    return repository.ofAgency(agencyId);
  }

  RegisterDocument require(long agencyId, long id) {
    return repository.find(agencyId, id).orElseThrow(() -> new NotFoundException("document " + id));
  }

  /** Years after its issue or last review at which a document in force is due for a cleanup review (project rule). */
  int reviewYears() {
    return reviewYears;
  }

  @Transactional
  long create(long agencyId, DocumentDraft draft) {
    DocumentDraft d = normalise(draft);
    check(agencyId, null, d);
    long id = repository.insert(agencyId, d);
    events.publishEvent(AuditEvent.of(agencyId, "registers.document.create", target(id), describe(d)));
    return id;
  }

  @Transactional
  void update(long agencyId, long id, DocumentDraft draft) {
    RegisterDocument before = require(agencyId, id);
    DocumentDraft d = normalise(draft);
    check(agencyId, id, d);
    repository.update(agencyId, id, d);
    events.publishEvent(AuditEvent.of(agencyId, "registers.document.update", target(id),
        changes(before, d)));
  }

  /**
   * Records a cleanup campaign and applies it at once: each covered document takes the status its outcome gives, and
   * a repeal or declaration of expiry ends it on the decision day. Nothing is saved when any check fails.
   */
  @Transactional
  long recordCleanup(long agencyId, String name, LocalDate decidedOn, String basis,
      Map<Long, CleanupOutcome> outcomes, Map<Long, String> notes) {
    List<Problem> problems = new ArrayList<>();
    String n = trim(name);
    if (n == null) {
      problems.add(Problem.of("name", "registers.cleanup.name.required"));
    } else if (n.length() > 200) {
      problems.add(Problem.of("name", "registers.field.tooLong", 200));
    }
    if (decidedOn == null) {
      problems.add(Problem.of("decidedOn", "registers.cleanup.date.required"));
    } else if (decidedOn.isAfter(LocalDate.now(clock))) {
      problems.add(Problem.of("decidedOn", "registers.date.future"));
    }
    if (outcomes.isEmpty()) {
      problems.add(Problem.of(null, "registers.cleanup.empty.selection"));
    }
    Map<RegisterDocument, CleanupOutcome> covered = new LinkedHashMap<>();
    for (Map.Entry<Long, CleanupOutcome> e : outcomes.entrySet()) {
      RegisterDocument doc = repository.find(agencyId, e.getKey()).orElse(null);
      if (doc == null) {
        problems.add(Problem.of(null, "registers.cleanup.unknownDocument", e.getKey()));
      } else if (doc.status().ended() || (decidedOn != null && !doc.inForceOn(decidedOn))) {
        problems.add(Problem.of(null, "registers.cleanup.notInForce", doc.number()));
      } else {
        covered.put(doc, e.getValue());
      }
    }
    if (!problems.isEmpty()) {
      throw new Problem.Refused(problems);
    }
    long id = repository.insertCleanup(agencyId, n, decidedOn, trim(basis));
    for (Map.Entry<RegisterDocument, CleanupOutcome> e : covered.entrySet()) {
      RegisterDocument doc = e.getKey();
      CleanupOutcome outcome = e.getValue();
      repository.insertCleanupItem(id, doc.id(), outcome, trim(notes.get(doc.id())));
      DocumentStatus after = outcome.statusAfter(doc.status());
      repository.setStatus(doc.id(), after, after.ended() ? decidedOn : null);
      events.publishEvent(AuditEvent.of(agencyId, "registers.document.cleanup", target(doc.id()),
          n + "：" + label("outcome", outcome) + "，" + label("status", doc.status()) + " → "
              + label("status", after)));
    }
    events.publishEvent(AuditEvent.of(agencyId, "registers.cleanup.create", "register-cleanup:" + id,
        n + "（" + covered.size() + "件）"));
    return id;
  }

  List<Cleanup> cleanups(long agencyId) {
    return repository.cleanups(agencyId);
  }

  Cleanup cleanup(long agencyId, long id) {
    return repository.cleanup(agencyId, id).orElseThrow(() -> new NotFoundException("cleanup " + id));
  }

  List<Cleanup> cleanupsOf(long agencyId, long documentId) {
    return repository.cleanupsOf(agencyId, documentId);
  }

  /** The documents in force today whose issue or last cleanup review lies {@link #reviewYears()} years back or more. */
  List<RegisterDocument> dueForReview(long agencyId) {
    LocalDate today = LocalDate.now(clock);
    Map<Long, LocalDate> reviewed = repository.lastReviewed(agencyId);
    return repository.ofAgency(agencyId).stream()
        .filter(d -> !d.status().ended() && d.inForceOn(today))
        .filter(d -> !reviewed.getOrDefault(d.id(), d.issuedOn()).plusYears(reviewYears).isAfter(today))
        .toList();
  }

  static String target(long id) {
    return "register-document:" + id;
  }

  private void check(long agencyId, Long id, DocumentDraft d) {
    List<Problem> problems = new ArrayList<>();
    if (d.kind() == null) {
      problems.add(Problem.of("kind", "registers.kind.required"));
    }
    if (d.number() == null) {
      problems.add(Problem.of("number", "registers.number.required"));
    } else if (d.number().length() > 80) {
      problems.add(Problem.of("number", "registers.field.tooLong", 80));
    } else {
      repository.byNumber(agencyId, d.number()).filter(o -> id == null || o.id() != id).ifPresent(o ->
          problems.add(Problem.of("number", "registers.number.taken", d.number(), o.title())));
    }
    if (d.title() == null) {
      problems.add(Problem.of("title", "registers.title.required"));
    } else if (d.title().length() > 300) {
      problems.add(Problem.of("title", "registers.field.tooLong", 300));
    }
    LocalDate today = LocalDate.now(clock);
    if (d.issuedOn() == null) {
      problems.add(Problem.of("issuedOn", "registers.issuedOn.required"));
    } else if (d.issuedOn().isAfter(today)) {
      problems.add(Problem.of("issuedOn", "registers.date.future"));
    }
    if (d.effectiveOn() != null && d.issuedOn() != null && d.effectiveOn().isBefore(d.issuedOn())) {
      problems.add(Problem.of("effectiveOn", "registers.effectiveOn.beforeIssued"));
    }
    if (d.status() == null) {
      problems.add(Problem.of("status", "registers.status.required"));
    } else if (d.status().ended()) {
      if (d.endedOn() == null) {
        problems.add(Problem.of("endedOn", "registers.endedOn.required"));
      } else if (d.issuedOn() != null && d.endedOn().isBefore(d.issuedOn())) {
        problems.add(Problem.of("endedOn", "registers.endedOn.beforeIssued"));
      } else if (d.endedOn().isAfter(today)) {
        problems.add(Problem.of("endedOn", "registers.date.future"));
      }
    } else if (d.endedOn() != null) {
      problems.add(Problem.of("endedOn", "registers.endedOn.notEnded"));
    }
    for (String[] ref : new String[][] {{"publicationRef", d.publicationRef()},
        {"interpretationRef", d.interpretationRef()}}) {
      if (ref[1] != null && ref[1].length() > 300) {
        problems.add(Problem.of(ref[0], "registers.field.tooLong", 300));
      }
    }
    if (!problems.isEmpty()) {
      throw new Problem.Refused(problems);
    }
  }

  private static DocumentDraft normalise(DocumentDraft d) {
    // Full-width spaces and stray blanks in 文号 would let the same number be registered twice.
    String number = trim(d.number());
    if (number != null) {
      number = number.replace('\u3000', ' ').replaceAll("\\s+", "");
    }
    return new DocumentDraft(d.kind(), number, trim(d.title()), d.issuedOn(), d.effectiveOn(), d.status(),
        d.endedOn(), trim(d.publicationRef()), trim(d.interpretationRef()));
  }

  private String label(String group, Enum<?> value) {
    return messages.getMessage("registers." + group + "." + value.name(), null, value.name(), Locale.CHINA);
  }

  private String describe(DocumentDraft d) {
    return d.number() + " " + d.title() + "（" + label("status", d.status()) + "）";
  }

  private String changes(RegisterDocument b, DocumentDraft d) {
    List<String> out = new ArrayList<>();
    diff(out, "文号", b.number(), d.number());
    diff(out, "标题", b.title(), d.title());
    diff(out, "类别", label("kind", b.kind()), label("kind", d.kind()));
    diff(out, "制发日期", b.issuedOn(), d.issuedOn());
    diff(out, "施行日期", b.effectiveOn(), d.effectiveOn());
    diff(out, "状态", label("status", b.status()), label("status", d.status()));
    diff(out, "废止或失效日期", b.endedOn(), d.endedOn());
    diff(out, "公开信息", b.publicationRef(), d.publicationRef());
    diff(out, "政策解读", b.interpretationRef(), d.interpretationRef());
    return out.isEmpty() ? "无变化" : String.join("；", out);
  }

  private static void diff(List<String> out, String label, Object before, Object after) {
    if (!java.util.Objects.equals(before, after)) {
      out.add(label + "：" + (before == null ? "—" : before) + " → " + (after == null ? "—" : after));
    }
  }

  static String trim(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
