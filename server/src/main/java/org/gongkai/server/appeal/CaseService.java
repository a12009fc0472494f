package org.gongkai.server.appeal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.apache.tika.Tika;
import org.gongkai.server.shared.AuditEvent;
import org.gongkai.server.shared.NotFoundException;
import org.gongkai.server.shared.Problem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reconsideration and litigation register: checks every case before it is stored, keeps its documents (type
 * sniffed from the bytes, size-limited) and audits every change and every download.
 */
@Service
class CaseService {
  static final long MAX_DOCUMENT_BYTES = 10L * 1024 * 1024;
  /** What a case file may hold: decisions, judgments and notices as PDF, Word or scanned images. */
  static final Set<String> ALLOWED_TYPES = Set.of("application/pdf", "image/jpeg", "image/png",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/msword");

  private final CaseRepository repository;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final MessageSource messages;
  private final Tika tika = new Tika();

  CaseService(CaseRepository repository, ApplicationEventPublisher events, Clock clock, MessageSource messages) {
    this.repository = repository;
    this.events = events;
    this.clock = clock;
    this.messages = messages;
  }

  List<AppealCase> list(long agencyId) {
    return repository.ofAgency(agencyId);
  }

  AppealCase require(long agencyId, long id) {
    return repository.find(agencyId, id).orElseThrow(() -> new NotFoundException("case " + id));
  }

  List<CaseDocument> documents(AppealCase c) {
    return repository.documents(c.id());
  }

  /** The cases still pending today. */
  List<AppealCase> pending(long agencyId) {
    LocalDate today = LocalDate.now(clock);
    return repository.ofAgency(agencyId).stream().filter(c -> c.resultOn(today) == AppealResult.PENDING).toList();
  }

  @Transactional
  long create(long agencyId, CaseDraft draft) {
    CaseDraft d = normalise(draft);
    check(agencyId, null, d);
    long id = repository.insert(agencyId, d);
    events.publishEvent(AuditEvent.of(agencyId, "appeal.case.create", target(id),
        d.caseNumber() + "（" + label("kind", d.kind()) + "，" + label("result", d.result()) + "）"));
    return id;
  }

  @Transactional
  void update(long agencyId, long id, CaseDraft draft) {
    AppealCase before = require(agencyId, id);
    CaseDraft d = normalise(draft);
    check(agencyId, id, d);
    repository.update(agencyId, id, d);
    events.publishEvent(AuditEvent.of(agencyId, "appeal.case.update", target(id), changes(before, d)));
  }

  /** Stores a document with a case after checking its size and its type as sniffed from the bytes. */
  @Transactional
  long addDocument(long agencyId, long caseId, String fileName, byte[] content, String uploadedBy) {
    AppealCase c = require(agencyId, caseId);
    if (content == null || content.length == 0) {
      throw new Problem.Refused(List.of(Problem.of(null, "appeal.document.empty")));
    }
    if (content.length > MAX_DOCUMENT_BYTES) {
      throw new Problem.Refused(List.of(Problem.of(null, "appeal.document.tooLarge", MAX_DOCUMENT_BYTES >> 20)));
    }
    String name = safeName(fileName);
    String type;
    try {
      type = tika.detect(new ByteArrayInputStream(content), name);
    } catch (IOException e) {
      type = "application/octet-stream";
    }
    if (!ALLOWED_TYPES.contains(type)) {
      throw new Problem.Refused(List.of(Problem.of(null, "appeal.document.type", name)));
    }
    long id = repository.insertDocument(c.id(), name, type, content, uploadedBy);
    events.publishEvent(AuditEvent.of(agencyId, "appeal.document.upload", target(c.id()),
        name + "（" + content.length + "字节）"));
    return id;
  }

  /** A document's bytes; the download is audited because case files carry personal data. */
  @Transactional
  Download download(long agencyId, long caseId, long documentId) {
    AppealCase c = require(agencyId, caseId);
    CaseDocument meta = repository.documents(c.id()).stream().filter(d -> d.id() == documentId).findFirst()
        .orElseThrow(() -> new NotFoundException("document " + documentId));
    byte[] bytes = repository.content(c.id(), documentId).orElseThrow(() -> new NotFoundException("content"));
    events.publishEvent(AuditEvent.of(agencyId, "appeal.document.view", target(c.id()), meta.fileName()));
    return new Download(meta, bytes);
  }

  /** A document with its bytes. */
  record Download(CaseDocument meta, byte[] bytes) {}

  static String target(long id) {
    return "appeal-case:" + id;
  }

  private void check(long agencyId, Long id, CaseDraft d) {
    List<Problem> problems = new ArrayList<>();
    if (d.caseNumber() == null) {
      problems.add(Problem.of("caseNumber", "appeal.caseNumber.required"));
    } else if (d.caseNumber().length() > 100) {
      problems.add(Problem.of("caseNumber", "appeal.field.tooLong", 100));
    } else {
      repository.byNumber(agencyId, d.caseNumber()).filter(o -> id == null || o.id() != id)
          .ifPresent(o -> problems.add(Problem.of("caseNumber", "appeal.caseNumber.taken", d.caseNumber())));
    }
    if (d.kind() == null) {
      problems.add(Problem.of("kind", "appeal.kind.required"));
    }
    if (d.body() == null) {
      problems.add(Problem.of("body", "appeal.body.required"));
    } else if (d.body().length() > 200) {
      problems.add(Problem.of("body", "appeal.field.tooLong", 200));
    }
    LocalDate today = LocalDate.now(clock);
    if (d.filedOn() == null) {
      problems.add(Problem.of("filedOn", "appeal.filedOn.required"));
    } else if (d.filedOn().isAfter(today)) {
      problems.add(Problem.of("filedOn", "appeal.date.future"));
    }
    if (d.result() == null) {
      problems.add(Problem.of("result", "appeal.result.required"));
    } else if (d.result() == AppealResult.PENDING) {
      if (d.decidedOn() != null) {
        problems.add(Problem.of("decidedOn", "appeal.decidedOn.pending"));
      }
    } else if (d.decidedOn() == null) {
      problems.add(Problem.of("decidedOn", "appeal.decidedOn.required"));
    } else if (d.filedOn() != null && d.decidedOn().isBefore(d.filedOn())) {
      problems.add(Problem.of("decidedOn", "appeal.decidedOn.beforeFiled"));
    } else if (d.decidedOn().isAfter(today)) {
      problems.add(Problem.of("decidedOn", "appeal.date.future"));
    }
    if (d.requestCode() != null && d.requestCode().length() > 60) {
      problems.add(Problem.of("requestCode", "appeal.field.tooLong", 60));
    }
    if (d.summary() != null && d.summary().length() > 2000) {
      problems.add(Problem.of("summary", "appeal.field.tooLong", 2000));
    }
    if (!problems.isEmpty()) {
      throw new Problem.Refused(problems);
    }
  }

  private static CaseDraft normalise(CaseDraft d) {
    String number = trim(d.caseNumber());
    if (number != null) {
      number = number.replace('\u3000', ' ').replaceAll("\\s+", "");
    }
    return new CaseDraft(number, d.kind(), trim(d.body()), d.filedOn(), d.decidedOn(), d.result(),
        trim(d.requestCode()), trim(d.summary()));
  }

  private String changes(AppealCase b, CaseDraft d) {
    List<String> out = new ArrayList<>();
    diff(out, "案号", b.caseNumber(), d.caseNumber());
    diff(out, "类型", label("kind", b.kind()), label("kind", d.kind()));
    diff(out, "复议机关或法院", b.body(), d.body());
    diff(out, "收到或立案日期", b.filedOn(), d.filedOn());
    diff(out, "审结日期", b.decidedOn(), d.decidedOn());
    diff(out, "结果", label("result", b.result()), label("result", d.result()));
    diff(out, "相关申请", b.requestCode(), d.requestCode());
    diff(out, "案情摘要", b.summary(), d.summary());
    return out.isEmpty() ? "无变化" : String.join("；", out);
  }

  private static void diff(List<String> out, String label, Object before, Object after) {
    if (!Objects.equals(before, after)) {
      String a = after == null ? "—" : after.toString();
      out.add(label + "：" + (before == null ? "—" : before) + " → " + (a.length() > 60 ? a.substring(0, 60) + "…" : a));
    }
  }

  private String label(String group, Enum<?> value) {
    return messages.getMessage("appeal." + group + "." + value.name(), null, value.name(), Locale.CHINA);
  }

  /** The file's own name without any path, control characters or quotes, at most 200 characters. */
  static String safeName(String name) {
    String n = name == null ? "" : name.replace('\\', '/');
    n = n.substring(n.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
    if (n.isEmpty()) {
      n = "document";
    }
    return n.length() > 200 ? n.substring(n.length() - 200) : n;
  }

  private static String trim(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
