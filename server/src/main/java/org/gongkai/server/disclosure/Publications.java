package org.gongkai.server.disclosure;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.gongkai.server.agency.Agency;
import org.gongkai.server.agency.AgencyApi;
import org.gongkai.server.shared.AuditEvent;
import org.gongkai.server.shared.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The publication workflow: the officer drafts, reviewers pass the agency's review steps in order, the leader
 * approves and publishes; a published item changes only through a new version (the old one is kept) or is
 * withdrawn with a reason. Every step is written to the history; every refusal is a Chinese
 * {@link DisclosureException} and leaves nothing half-saved.
 */
@Service
class Publications {
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  private final PublicationRepository repo;
  private final Catalogue catalogue;
  private final ReviewSettings settings;
  private final IndexNumbers indexNumbers;
  private final AttachmentPolicy attachments;
  private final Art26 art26;
  private final AgencyApi agencies;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final SearchIndex search;

  Publications(PublicationRepository repo, Catalogue catalogue, ReviewSettings settings, IndexNumbers indexNumbers,
      AttachmentPolicy attachments, Art26 art26, AgencyApi agencies, ApplicationEventPublisher events, Clock clock,
      SearchIndex search) {
    this.repo = repo;
    this.catalogue = catalogue;
    this.settings = settings;
    this.indexNumbers = indexNumbers;
    this.attachments = attachments;
    this.art26 = art26;
    this.agencies = agencies;
    this.events = events;
    this.clock = clock;
    this.search = search;
  }

  /** The officer starts a draft; an index number typed in (for items moved from an old website) is reserved now. */
  @Transactional
  long create(long agencyId, Actor actor, PublicationForm f) {
    requireRole(actor, "起草信息", Role.OFFICER);
    Agency agency = agencies.require(agencyId);
    PublicationVersion v = checked(agencyId, 0, 1, f, false);
    Long interprets = interpretsId(agencyId, f);
    String number = blank(f.getIndexNumber()) ? null : f.getIndexNumber().trim();
    if (number != null) {
      if (!IndexNumbers.wellFormed(agency.code(), number)) {
        throw new DisclosureException("索引号格式应为“单位代码/年份-五位序号”，如 " + agency.code() + "/2025-00012。");
      }
      if (indexNumbers.taken(agencyId, number)) {
        throw duplicate(number);
      }
    }
    long id;
    try {
      id = repo.insert(agencyId, interprets == null ? PublicationKind.DOCUMENT : PublicationKind.INTERPRETATION,
          interprets, number, v.title(), v.categoryId(), v.dateWritten(), actor.userId() == null ? 0 : actor.userId(),
          now());
    } catch (DuplicateKeyException e) {
      throw duplicate(number);
    }
    repo.saveVersion(withId(v, id), true);
    repo.addHistory(id, 1, "create", null, actor, now(), null);
    audit(agencyId, "disclosure.publication.create", id, v.title());
    return id;
  }

  /** The officer changes the version in preparation; a published item must first get a new version. */
  @Transactional
  void edit(long agencyId, long id, Actor actor, PublicationForm f) {
    requireRole(actor, "修改信息", Role.OFFICER);
    Publication p = lock(agencyId, id);
    requireDraft(p);
    PublicationVersion v = checked(agencyId, id, p.workVersion(), f, p.workVersion() > 1);
    Long interprets = p.kind() == PublicationKind.INTERPRETATION ? interpretsId(agencyId, f) : null;
    if (p.kind() == PublicationKind.INTERPRETATION && interprets == null) {
      throw new DisclosureException("政策解读必须填写被解读文件的索引号。");
    }
    repo.saveVersion(v, false);
    if (!p.published()) {
      repo.updateDraftSummary(id, v.title(), v.categoryId(), v.dateWritten(), interprets);
    } else if (interprets != null) {
      repo.setInterprets(id, interprets);
    }
    repo.addHistory(id, p.workVersion(), "edit", null, actor, now(), null);
    audit(agencyId, "disclosure.publication.edit", id, v.title());
  }

  /** The officer attaches a file to the version in preparation. */
  @Transactional
  long attach(long agencyId, long id, Actor actor, String fileName, byte[] data) {
    requireRole(actor, "上传附件", Role.OFFICER);
    Publication p = lock(agencyId, id);
    requireDraft(p);
    int already = repo.attachments(id, Integer.MAX_VALUE).size();
    String type = attachments.check(fileName, data, already);
    String name = AttachmentPolicy.baseName(fileName);
    long attachmentId = repo.addAttachment(id, p.workVersion(), name, type, data);
    repo.addHistory(id, p.workVersion(), "attach", null, actor, now(), name);
    audit(agencyId, "disclosure.publication.attach", id, name);
    return attachmentId;
  }

  /** The officer sends the draft to the first review step. */
  @Transactional
  void submit(long agencyId, long id, Actor actor) {
    requireRole(actor, "提交审核", Role.OFFICER);
    Publication p = lock(agencyId, id);
    requireDraft(p);
    repo.setWork(id, WorkState.REVIEW, p.workVersion(), 1);
    repo.addHistory(id, p.workVersion(), "submit", null, actor, now(), null);
    audit(agencyId, "disclosure.publication.submit", id, p.title());
  }

  /** A reviewer passes the current step (the next one follows, then the leader) or returns the draft. */
  @Transactional
  void review(long agencyId, long id, Actor actor, boolean pass, String note) {
    requireRole(actor, "审核信息", Role.REVIEWER);
    Publication p = lock(agencyId, id);
    if (p.workState() != WorkState.REVIEW) {
      throw new DisclosureException("该信息当前不在审核环节（" + stateLabel(p) + "）。");
    }
    List<ReviewStepKind> steps = settings.steps(agencyId);
    ReviewStepKind step = steps.get(Math.min(p.reviewPosition(), steps.size()) - 1);
    if (pass) {
      boolean last = p.reviewPosition() >= steps.size();
      repo.setWork(id, last ? WorkState.APPROVAL : WorkState.REVIEW, p.workVersion(),
          last ? p.reviewPosition() : p.reviewPosition() + 1);
      repo.addHistory(id, p.workVersion(), "review.pass", step, actor, now(), trimmed(note));
    } else {
      requireNote(note, "退回时请填写退回理由。");
      repo.setWork(id, WorkState.DRAFT, p.workVersion(), 0);
      repo.addHistory(id, p.workVersion(), "review.return", step, actor, now(), note.trim());
    }
    audit(agencyId, pass ? "disclosure.publication.review-pass" : "disclosure.publication.review-return", id,
        step.label());
  }

  /** The leader approves and publishes today, or returns the draft. */
  @Transactional
  void approve(long agencyId, long id, Actor actor, boolean pass, String note) {
    approve(agencyId, id, actor, pass, note, LocalDate.now(clock));
  }

  /** As {@link #approve(long, long, Actor, boolean, String)}, published on the given day (demo data back-fills). */
  @Transactional
  void approve(long agencyId, long id, Actor actor, boolean pass, String note, LocalDate on) {
    requireRole(actor, "审批发布", Role.LEADER);
    Publication p = lock(agencyId, id);
    if (p.workState() == null) {
      throw new DisclosureException("该信息没有待审批的版本。");
    }
    if (!pass) {
      requireNote(note, "退回时请填写退回理由。");
      repo.setWork(id, WorkState.DRAFT, p.workVersion(), 0);
      repo.addHistory(id, p.workVersion(), "approve.return", null, actor, at(on), note.trim());
      audit(agencyId, "disclosure.publication.approve-return", id, note.trim());
      return;
    }
    List<ReviewStepKind> missing = missingSteps(p);
    if (p.workState() != WorkState.APPROVAL || !missing.isEmpty()) {
      throw new DisclosureException("该信息尚未完成审查（未完成：" + String.join("、",
          missing.stream().map(ReviewStepKind::label).toList()) + "），不能发布。");
    }
    publish(p, actor, on, trimmed(note));
  }

  private void publish(Publication p, Actor actor, LocalDate on, String note) {
    PublicationVersion v = repo.version(p.id(), p.workVersion()).orElseThrow();
    if (on.isBefore(v.dateWritten())) {
      throw new DisclosureException("发布日期不能早于成文日期。");
    }
    Agency agency = agencies.require(p.agencyId());
    String number = p.indexNumber();
    LocalDate first = p.firstPublishedOn();
    if (!p.published()) {
      first = on;
      if (number == null) {
        number = indexNumbers.allocate(p.agencyId(), agency.code(), on.getYear());
      }
    }
    int days = art26.workingDays(v.dateWritten(), on);
    // Art. 26 runs from the day the information was made; a later version keeps the document's date written, so
    // only the first publication is judged against it.
    boolean late = !p.published() && days > Art26.LIMIT;
    String text = BodyHtml.text(v.bodyHtml());
    String all = String.join(" ", v.title(), nz(v.documentNumber()), nz(v.subjectWords()), text);
    try {
      repo.markVersionPublished(p.id(), v.version(), on, days);
      repo.goLive(p.id(), v, number, first, on, sortKey(first, p.id()), late || p.late(),
          SearchTokens.normalise(v.title()), SearchTokens.normalise(all));
    } catch (DuplicateKeyException e) {
      throw duplicate(number);
    }
    search.changed();
    repo.addHistory(p.id(), v.version(), "publish", null, actor, at(on),
        late ? appendNote(note, "成文后第" + days + "个工作日发布，超过条例第二十六条规定的20个工作日") : note);
    audit(p.agencyId(), v.version() > 1 ? "disclosure.publication.update" : "disclosure.publication.publish", p.id(),
        number + " " + v.title());
  }

  /** The officer starts a new version of a published item; it goes through review again before replacing it. */
  @Transactional
  void newVersion(long agencyId, long id, Actor actor, String changeNote) {
    requireRole(actor, "创建新版本", Role.OFFICER);
    Publication p = lock(agencyId, id);
    if (!p.published() || p.withdrawn()) {
      throw new DisclosureException("只有已发布且未撤回的信息可以创建新版本。");
    }
    if (p.workState() != null) {
      throw new DisclosureException("该信息已有正在办理的新版本（第" + p.workVersion() + "版）。");
    }
    requireNote(changeNote, "请填写修改说明（门户将显示修改内容和时间）。");
    PublicationVersion live = repo.version(id, p.liveVersion()).orElseThrow();
    int next = p.liveVersion() + 1;
    repo.saveVersion(new PublicationVersion(id, next, live.title(), live.documentNumber(), live.issuingBody(),
        live.dateWritten(), live.categoryId(), live.subjectWords(), live.bodyHtml(), live.validity(),
        changeNote.trim(), null, null), true);
    repo.setWork(id, WorkState.DRAFT, next, 0);
    repo.addHistory(id, next, "new-version", null, actor, now(), changeNote.trim());
    audit(agencyId, "disclosure.publication.new-version", id, changeNote.trim());
  }

  /** The leader withdraws a published item today: it leaves the lists, its page says why. */
  @Transactional
  void withdraw(long agencyId, long id, Actor actor, String reason) {
    withdraw(agencyId, id, actor, reason, LocalDate.now(clock));
  }

  @Transactional
  void withdraw(long agencyId, long id, Actor actor, String reason, LocalDate on) {
    requireRole(actor, "撤回信息", Role.LEADER);
    Publication p = lock(agencyId, id);
    if (!p.published() || p.withdrawn()) {
      throw new DisclosureException("只有已发布且未撤回的信息可以撤回。");
    }
    requireNote(reason, "撤回时请填写撤回理由（将在门户显示）。");
    repo.withdraw(id, reason.trim(), on);
    search.changed();
    repo.addHistory(id, p.liveVersion(), "withdraw", null, actor, at(on), reason.trim());
    audit(agencyId, "disclosure.publication.withdraw", id, reason.trim());
  }

  /** The index number of a publication (null before its first publication unless typed in). */
  String indexNumberOf(long agencyId, long id) {
    return repo.find(agencyId, id).map(Publication::indexNumber).orElse(null);
  }

  /** The review steps not yet passed for the version in preparation since it was last submitted. */
  List<ReviewStepKind> missingSteps(Publication p) {
    Set<ReviewStepKind> passed = EnumSet.noneOf(ReviewStepKind.class);
    for (HistoryEntry h : repo.history(p.id())) {
      if (h.version() != p.workVersion()) {
        continue;
      }
      if (h.action().equals("submit")) {
        passed.clear();
      } else if (h.action().equals("review.pass") && h.stepKind() != null) {
        passed.add(h.stepKind());
      }
    }
    List<ReviewStepKind> missing = new ArrayList<>(settings.steps(p.agencyId()));
    missing.removeAll(passed);
    return missing;
  }

  private PublicationVersion checked(long agencyId, long id, int version, PublicationForm f, boolean needsNote) {
    if (blank(f.getTitle()) || f.getTitle().trim().length() > 300) {
      throw new DisclosureException("请填写标题（不超过300字）。");
    }
    if (blank(f.getIssuingBody()) || f.getIssuingBody().trim().length() > 200) {
      throw new DisclosureException("请填写发布机构（不超过200字）。");
    }
    if (f.getDateWritten() == null) {
      throw new DisclosureException("请填写成文日期。");
    }
    if (f.getDateWritten().isAfter(LocalDate.now(clock))) {
      throw new DisclosureException("成文日期不能晚于今天。");
    }
    if (f.getCategoryId() == null) {
      throw new DisclosureException("请选择目录分类。");
    }
    catalogue.require(agencyId, f.getCategoryId());
    if (f.getValidity() == null) {
      throw new DisclosureException("请选择有效性。");
    }
    if (!blank(f.getDocumentNumber()) && f.getDocumentNumber().trim().length() > 100) {
      throw new DisclosureException("文号不能超过100字。");
    }
    if (!blank(f.getSubjectWords()) && f.getSubjectWords().trim().length() > 300) {
      throw new DisclosureException("主题词不能超过300字。");
    }
    String body = BodyHtml.clean(f.getBody());
    if (BodyHtml.text(body).isBlank()) {
      throw new DisclosureException("请填写正文。");
    }
    if (needsNote) {
      requireNote(f.getChangeNote(), "请填写本次修改说明（门户将显示修改内容和时间）。");
    }
    return new PublicationVersion(id, version, f.getTitle().trim(), trimmed(f.getDocumentNumber()),
        f.getIssuingBody().trim(), f.getDateWritten(), f.getCategoryId(), trimmed(f.getSubjectWords()), body,
        f.getValidity(), trimmed(f.getChangeNote()), null, null);
  }

  private Long interpretsId(long agencyId, PublicationForm f) {
    if (blank(f.getInterpretsIndexNumber())) {
      return null;
    }
    Publication doc = repo.byIndexNumber(agencyId, f.getInterpretsIndexNumber().trim())
        .filter(d -> d.listed() && d.kind() == PublicationKind.DOCUMENT)
        .orElseThrow(() -> new DisclosureException("被解读文件的索引号“" + f.getInterpretsIndexNumber().trim()
            + "”不存在、尚未发布或已撤回。"));
    return doc.id();
  }

  private Publication lock(long agencyId, long id) {
    return repo.lock(agencyId, id).orElseThrow(() -> new DisclosureException("信息不存在或不属于本单位。"));
  }

  private static void requireDraft(Publication p) {
    if (p.withdrawn()) {
      throw new DisclosureException("该信息已撤回，不能修改。");
    }
    if (p.workState() == null) {
      throw new DisclosureException("该信息已发布，不能直接修改。请先“创建新版本”并填写修改说明，原版本将保留。");
    }
    if (p.workState() != WorkState.DRAFT) {
      throw new DisclosureException("该信息正在" + p.workState().label() + "，不能修改；如需修改，请由审核人或负责人退回。");
    }
  }

  private static void requireRole(Actor actor, String what, Role... roles) {
    if (!actor.hasAny(roles)) {
      throw new DisclosureException("您的角色不能" + what + "。");
    }
  }

  private static void requireNote(String note, String message) {
    if (blank(note)) {
      throw new DisclosureException(message);
    }
    if (note.trim().length() > 500) {
      throw new DisclosureException("说明不能超过500字。");
    }
  }

  private static DisclosureException duplicate(String number) {
    return new DisclosureException("索引号“" + number + "”已被使用（已撤回信息的索引号也不得再用）。");
  }

  static String stateLabel(Publication p) {
    return p.stateLabel();
  }

  /** Newest first by first publication day, then by id; unique, so it serves as a keyset cursor. */
  static long sortKey(LocalDate first, long id) {
    return first.toEpochDay() * 10_000_000_000L + id;
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }

  private OffsetDateTime at(LocalDate on) {
    return on.equals(LocalDate.now(clock)) ? now() : on.atTime(10, 0).atZone(CHINA).toOffsetDateTime();
  }

  private void audit(long agencyId, String action, long id, String detail) {
    events.publishEvent(AuditEvent.of(agencyId, action, "publication:" + id, detail));
  }

  private static PublicationVersion withId(PublicationVersion v, long id) {
    return new PublicationVersion(id, v.version(), v.title(), v.documentNumber(), v.issuingBody(), v.dateWritten(),
        v.categoryId(), v.subjectWords(), v.bodyHtml(), v.validity(), v.changeNote(), null, null);
  }

  private static String appendNote(String note, String more) {
    return note == null ? more : note + "；" + more;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static String trimmed(String s) {
    return blank(s) ? null : s.trim();
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
