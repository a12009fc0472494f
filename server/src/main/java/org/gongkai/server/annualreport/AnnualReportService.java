package org.gongkai.server.annualreport;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.core.read.ReportReader;
import org.gongkai.core.read.UnreadableDocumentException;
import org.gongkai.core.report.AnnualReport;
import org.gongkai.core.report.FindingCode;
import org.gongkai.core.report.ReportJson;
import org.gongkai.core.report.Section;
import org.gongkai.core.report.Severity;
import org.gongkai.core.write.OutputFormat;
import org.gongkai.core.write.ReportWriters;
import org.gongkai.server.agency.Agency;
import org.gongkai.server.agency.AgencyApi;
import org.gongkai.server.report.PublishedReport;
import org.gongkai.server.report.PublishedReportApi;
import org.gongkai.server.report.PublishedVersion;
import org.gongkai.server.shared.AuditEvent;
import org.gongkai.server.shared.Role;
import org.gongkai.server.shared.StaffPrincipal;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The workspace of an agency's annual report: opens it (recompiled from the registers until approved), keeps the
 * officer's edits, imports earlier years, and moves it through submission, approval, publication and correction.
 */
@Service
class AnnualReportService {
  static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  private final AgencyApi agencies;
  private final WorkspaceRepository repository;
  private final ReportCompiler compiler;
  private final PublishedReportApi published;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  AnnualReportService(AgencyApi agencies, WorkspaceRepository repository, ReportCompiler compiler,
      PublishedReportApi published, ApplicationEventPublisher events, Clock clock) {
    this.agencies = agencies;
    this.repository = repository;
    this.compiler = compiler;
    this.published = published;
    this.events = events;
    this.clock = clock;
  }

  /** A refusal the officer can act on; the message is Chinese and shown as it is. */
  static final class Refused extends RuntimeException {
    Refused(String message) {
      super(message);
    }
  }

  /** Everything the workspace page shows. */
  public record View(Agency agency, int year, Workspace workspace, AnnualReport report, Map<String, String> drafted,
      List<CellOverride> overrides, AnnualReport previous, String previousSource, Deadline deadline,
      List<PublishedVersion> versions, boolean blocked) {}

  LocalDate today() {
    return LocalDate.now(clock.withZone(CHINA));
  }

  View open(StaffPrincipal me, long agencyId, int year) {
    Agency a = agencies.requireReadable(me, agencyId);
    checkYear(year);
    Workspace w = repository.find(agencyId, year).orElse(Workspace.fresh(agencyId, year));
    List<CellOverride> overrides = repository.overrides(agencyId, year);
    Previous prev = previous(agencyId, year);
    ReportCompiler.Compiled c = compiler.compile(a, year, w, overrides, prev.report());
    List<PublishedVersion> versions = published.versions(agencyId, year);
    LocalDate publishedOn = published.firstPublished(agencyId, year).map(i -> i.atZone(CHINA).toLocalDate())
        .orElse(null);
    boolean blocked = blocks(c.report());
    return new View(a, year, w, c.report(), c.drafted(), overrides, prev.report(), prev.source(),
        Deadline.of(a, year, today(), publishedOn), versions, blocked);
  }

  /** Where an agency's report of the year stands, for lists over many agencies: no compiling, two look-ups. */
  record Summary(Status status, Deadline deadline) {}

  Summary summary(Agency a, int year) {
    Status status = repository.find(a.id(), year).map(Workspace::status)
        .orElse(Workspace.fresh(a.id(), year).status());
    LocalDate publishedOn = published.firstPublished(a.id(), year).map(i -> i.atZone(CHINA).toLocalDate())
        .orElse(null);
    return new Summary(status, Deadline.of(a, year, today(), publishedOn));
  }

  /**
   * Whether findings forbid approval: any error, and any narrative figure the tables contradict (a warning when
   * reading others' reports, but an agency must not publish a text that contradicts its own tables).
   */
  static boolean blocks(AnnualReport r) {
    return r.findings().stream().anyMatch(f -> f.severity() == Severity.ERROR
        || FindingCode.TEXT_TABLE_MISMATCH.name().equals(f.code()));
  }

  /** The report of the year before, as published here or imported, with where it came from. */
  record Previous(AnnualReport report, String source) {}

  Previous previous(long agencyId, int year) {
    Optional<PublishedReport> p = published.find(agencyId, year - 1);
    if (p.isPresent()) {
      return new Previous(p.get().report(), "已在本系统发布");
    }
    return repository.imported(agencyId, year - 1)
        .map(i -> new Previous(ReportJson.read(i.json()), "导入自 " + i.fileName()))
        .orElse(new Previous(null, null));
  }

  @Transactional
  void saveSection(StaffPrincipal me, long agencyId, int year, String number, String text) {
    Workspace w = editable(me, agencyId, year);
    if (!Section.NUMBERS.contains(number)) {
      throw new Refused("没有这一部分：" + number);
    }
    Map<String, String> narrative = new HashMap<>(w.narrative());
    narrative.put(number, text == null ? "" : text.replace("\r\n", "\n").strip());
    save(new Workspace(agencyId, year, w.status(), narrative, w.baseJson(), null, w.submittedBy(), null));
    audit(agencyId, year, "annualreport.section", "第" + number + "部分");
  }

  @Transactional
  void override(StaffPrincipal me, long agencyId, int year, String path, String value, String reason) {
    Workspace w = editable(me, agencyId, year);
    if (reason == null || reason.strip().length() < 4) {
      throw new Refused("修改单元格必须写明理由（至少4个字）");
    }
    View v = open(me, agencyId, year);
    try {
      CellOverrides.validate(v.report(), path, value);
    } catch (CellOverrides.InvalidOverride e) {
      throw new Refused(e.getMessage());
    }
    repository.putOverride(agencyId, year, new CellOverride(path, value.strip(), reason.strip(), me.getUsername(),
        Instant.now(clock)));
    save(w);
    audit(agencyId, year, "annualreport.override", path + "=" + value.strip() + "；理由：" + reason.strip());
  }

  @Transactional
  void clearOverride(StaffPrincipal me, long agencyId, int year, String path) {
    Workspace w = editable(me, agencyId, year);
    repository.removeOverride(agencyId, year, path);
    save(w);
    audit(agencyId, year, "annualreport.override.clear", path);
  }

  /** Imports a published report of an earlier year from any readable form; returns its year. */
  @Transactional
  int importEarlier(StaffPrincipal me, long agencyId, String fileName, byte[] content) {
    Agency a = agencies.requireChangeable(me, agencyId);
    requireRole(me, Role.OFFICER, Role.LEADER);
    if (content == null || content.length == 0) {
      throw new Refused("请选择要导入的年度报告文件");
    }
    AnnualReport r;
    try {
      r = ReportReader.read(fileName == null || fileName.isBlank() ? "report" : fileName, content);
    } catch (UnreadableDocumentException e) {
      throw new Refused("无法读取该文件：" + e.getMessage());
    }
    if (r.year() == null) {
      throw new Refused("无法从文件中识别报告年度，请确认这是一份政府信息公开工作年度报告");
    }
    if (r.year() >= today().getYear() || published.find(a.id(), r.year()).isPresent()) {
      throw new Refused(r.year() + "年度的报告已在本系统编制或发布，只能导入更早年度的报告");
    }
    String name = fileName == null || fileName.isBlank() ? "上传文件" : fileName;
    repository.putImported(agencyId, new WorkspaceRepository.Imported(r.year(), name, ReportJson.write(r),
        me.getUsername(), Instant.now(clock)));
    audit(agencyId, r.year(), "annualreport.import", name);
    return r.year();
  }

  @Transactional
  void submit(StaffPrincipal me, long agencyId, int year) {
    Workspace w = editable(me, agencyId, year);
    save(new Workspace(agencyId, year, Status.SUBMITTED, w.narrative(), w.baseJson(), null, me.getUsername(), null));
    audit(agencyId, year, "annualreport.submit", null);
  }

  @Transactional
  void sendBack(StaffPrincipal me, long agencyId, int year) {
    Workspace w = leaderOn(me, agencyId, year, Status.SUBMITTED);
    save(w.with(Status.DRAFT));
    audit(agencyId, year, "annualreport.return", null);
  }

  @Transactional
  void approve(StaffPrincipal me, long agencyId, int year) {
    Workspace w = leaderOn(me, agencyId, year, Status.SUBMITTED);
    View v = open(me, agencyId, year);
    if (v.blocked()) {
      throw new Refused("检查发现错误或正文与表格不一致，不能批准：请先改正这些问题");
    }
    save(new Workspace(agencyId, year, Status.APPROVED, w.narrative(), w.baseJson(), ReportJson.write(v.report()),
        w.submittedBy(), me.getUsername()));
    audit(agencyId, year, "annualreport.approve", null);
  }

  @Transactional
  int publish(StaffPrincipal me, long agencyId, int year, String note) {
    Workspace w = leaderOn(me, agencyId, year, Status.APPROVED);
    boolean correction = !published.versions(agencyId, year).isEmpty();
    if (correction && (note == null || note.isBlank())) {
      throw new Refused("发布更正版本时必须说明更正了什么");
    }
    Instant now = Instant.now(clock);
    AnnualReport r = ReportJson.read(w.approvedJson()).withPublishedOn(now.atZone(CHINA).toLocalDate());
    AnnualReport checked = r.withFindings(ReportCompiler.findings(agencies.require(agencyId), r.withFindings(List.of()),
        previous(agencyId, year).report()));
    int version = published.publishVersion(agencyId, year, now, checked, ReportWriters.htmlFragment(checked),
        correction ? note.strip() : null);
    save(new Workspace(agencyId, year, Status.PUBLISHED, w.narrative(), w.baseJson(), ReportJson.write(checked),
        w.submittedBy(), w.approvedBy()));
    audit(agencyId, year, "annualreport.publish", "第" + version + "版");
    return version;
  }

  /** Opens a correction of the published report: a new draft based on the latest published version. */
  @Transactional
  void correct(StaffPrincipal me, long agencyId, int year) {
    agencies.requireChangeable(me, agencyId);
    requireRole(me, Role.OFFICER, Role.LEADER);
    Workspace w = repository.find(agencyId, year).orElseThrow(() -> new Refused("该年度报告尚未发布"));
    if (w.status() != Status.PUBLISHED) {
      throw new Refused("只有已发布的报告才能更正");
    }
    save(new Workspace(agencyId, year, Status.DRAFT, w.narrative(), w.approvedJson(), null, null, null));
    audit(agencyId, year, "annualreport.correct", null);
  }

  /** The published report of a year as a file, for the portal's downloads; empty when not published. */
  Optional<byte[]> download(long agencyId, int year, Integer version, OutputFormat format) {
    AnnualReport r;
    if (version == null) {
      r = published.find(agencyId, year).map(PublishedReport::report).orElse(null);
    } else {
      r = published.versions(agencyId, year).stream().filter(v -> v.version() == version).findFirst()
          .map(PublishedVersion::report).orElse(null);
    }
    return r == null ? Optional.empty() : Optional.of(ReportWriters.write(r, format));
  }

  private Workspace editable(StaffPrincipal me, long agencyId, int year) {
    agencies.requireChangeable(me, agencyId);
    requireRole(me, Role.OFFICER, Role.LEADER);
    checkYear(year);
    Workspace w = repository.find(agencyId, year).orElse(Workspace.fresh(agencyId, year));
    if (w.status() != Status.DRAFT) {
      throw new Refused(w.status() == Status.SUBMITTED ? "报告已提交审批，如需修改请负责人退回"
          : "报告已批准或发布，不能直接修改；如需更正请先“发起更正”");
    }
    return w;
  }

  private Workspace leaderOn(StaffPrincipal me, long agencyId, int year, Status expected) {
    agencies.requireChangeable(me, agencyId);
    if (!me.hasRole(Role.LEADER, Role.SYSTEM_ADMIN)) {
      throw new AccessDeniedException("leader");
    }
    Workspace w = repository.find(agencyId, year).orElse(Workspace.fresh(agencyId, year));
    if (w.status() != expected) {
      throw new Refused(switch (expected) {
        case SUBMITTED -> "报告尚未提交审批";
        case APPROVED -> "报告尚未批准，不能发布";
        default -> "报告状态不允许此操作";
      });
    }
    return w;
  }

  private static void requireRole(StaffPrincipal me, Role... roles) {
    if (!me.hasRole(roles) && me.role() != Role.SYSTEM_ADMIN) {
      throw new AccessDeniedException("role");
    }
  }

  private void checkYear(int year) {
    if (year < 2008 || year >= today().getYear()) {
      throw new Refused("只能编制已结束年度的报告（" + (today().getYear() - 1) + "年及以前）");
    }
  }

  private void save(Workspace w) {
    repository.save(w, Instant.now(clock));
  }

  private void audit(long agencyId, int year, String action, String detail) {
    events.publishEvent(AuditEvent.of(agencyId, action, "annual-report:" + agencyId + "/" + year, detail));
  }
}
