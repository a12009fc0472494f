package org.gongkai.server.demo;

import org.gongkai.server.shared.DemoDataLoaded;
import org.springframework.context.ApplicationEventPublisher;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.gongkai.core.report.AnnualReport;
import org.gongkai.server.agency.AgencyApi;
import org.gongkai.server.agency.AgencyDraft;
import org.gongkai.server.agency.AgencyKind;
import org.gongkai.server.report.PublishedReportApi;
import org.gongkai.server.shared.Role;
import org.gongkai.server.staff.StaffApi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the fictional demo region, agencies, one account per role and published reports on the first start with the
 * embedded H2 database, then prints the address and the demo accounts. With PostgreSQL, the {@code prod} profile or
 * {@code gongkai.demo.enabled=false} it does nothing.
 */
@Component
class DemoData {
  /** The password of every demo account; it satisfies the password rule. */
  static final String PASSWORD = "gongkai2026";
  private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

  /** A demo account as printed on the console. */
  record DemoAccount(String username, Role role, String displayName) {}

  static final List<DemoAccount> ACCOUNTS = List.of(
      new DemoAccount("admin", Role.SYSTEM_ADMIN, "系统管理员（示例）"),
      new DemoAccount("wjj-admin", Role.AGENCY_ADMIN, "卫健局单位管理员（示例）"),
      new DemoAccount("wjj-officer", Role.OFFICER, "卫健局经办人（示例）"),
      new DemoAccount("wjj-reviewer", Role.REVIEWER, "卫健局审核人（示例）"),
      new DemoAccount("wjj-leader", Role.LEADER, "卫健局负责人（示例）"),
      new DemoAccount("xian-supervisor", Role.SUPERVISOR, "示例县政务公开办（示例）"));

  private final AgencyApi agencies;
  private final StaffApi staff;
  private final PublishedReportApi reports;
  private final Environment env;
  private final TransactionTemplate tx;
  private final Clock clock;
  private final ApplicationEventPublisher events;
  private boolean loaded;

  DemoData(AgencyApi agencies, StaffApi staff, PublishedReportApi reports, Environment env, TransactionTemplate tx,
      Clock clock, ApplicationEventPublisher events) {
    this.events = events;
    this.agencies = agencies;
    this.staff = staff;
    this.reports = reports;
    this.env = env;
    this.tx = tx;
    this.clock = clock;
  }

  /** Whether demo data may be loaded here: embedded H2, not the prod profile, not switched off. */
  boolean allowed() {
    String url = env.getProperty("spring.datasource.url", "");
    return url.startsWith("jdbc:h2:") && !env.acceptsProfiles(Profiles.of("prod"))
        && env.getProperty("gongkai.demo.enabled", Boolean.class, true);
  }

  @EventListener(ApplicationReadyEvent.class)
  void onReady() {
    if (allowed() && agencies.all().isEmpty()) {
      tx.executeWithoutResult(s -> load());
      loaded = true;
      LOG.info("Demo data loaded");
    }
    if (allowed()) {
      printWelcome();
    }
  }

  boolean loaded() {
    return loaded;
  }

  private void load() {
    long province = agencies.createRegion(null, "示例省");
    long city = agencies.createRegion(province, "示例市");
    long county = agencies.createRegion(city, "示例县");
    long district = agencies.createRegion(city, "示例区");
    String guide = "申请人可通过当面、信函、网络等方式提出政府信息公开申请。当面申请请到受理窗口填写申请表；"
        + "信函申请请在信封左下角注明“政府信息公开申请”；收到申请后，本机关将在20个工作日内答复。"
        + "本单位及联系方式均为演示数据。";
    long gov = agencies.create(new AgencyDraft("shixian-gov", "示例县人民政府", "示例县政府", AgencyKind.GOVERNMENT,
        county, "示例县示例大道1号（示例地址）", "0000-1000001", "gongkai@gov.example.org",
        "https://gov.example.org", "工作日 上午9:00—12:00，下午13:30—17:00", guide));
    long wjj = agencies.create(new AgencyDraft("shixian-wjj", "示例县卫生健康局", "示例县卫健局",
        AgencyKind.DEPARTMENT, county, "示例县健康路2号（示例地址）", "0000-1000002", "gongkai@wjj.example.org",
        "https://wjj.example.org", "工作日 上午9:00—12:00，下午13:30—17:00", guide));
    long jyj = agencies.create(new AgencyDraft("shixian-jyj", "示例县教育局", "示例县教育局", AgencyKind.DEPARTMENT,
        county, "示例县学府路3号（示例地址）", "0000-1000003", "gongkai@jyj.example.org", "", "工作日 上午9:00—17:00",
        guide));
    long czj = agencies.create(new AgencyDraft("shiqu-czj", "示例区财政局", "示例区财政局", AgencyKind.DEPARTMENT,
        district, "示例区财富街4号（示例地址）", "0000-2000004", "gongkai@czj.example.org", "",
        "工作日 上午9:00—17:00", guide));

    for (DemoAccount a : ACCOUNTS) {
      Long agency = switch (a.role()) {
        case SYSTEM_ADMIN -> null;
        case SUPERVISOR -> gov;
        default -> wjj;
      };
      staff.createUser(a.username(), a.displayName(), a.role(), agency, a.role() == Role.SUPERVISOR ? county : null,
          PASSWORD, false);
    }

    int last = LocalDate.now(clock).getYear() - 1;
    events.publishEvent(new DemoDataLoaded(last));
    publishYears("示例县人民政府", gov, true, last - 2, last);
    publishYears("示例县卫生健康局", wjj, false, last - 2, last);
    // The education bureau has not published its latest report yet: the supervisor's dashboard shows it as missing.
    publishYears("示例县教育局", jyj, false, last - 2, last - 1);
    publishYears("示例区财政局", czj, false, last - 1, last);
  }

  private void publishYears(String name, long agencyId, boolean government, int from, int to) {
    int carried = 0;
    for (int year = from; year <= to; year++) {
      LocalDate on = government ? LocalDate.of(year + 1, 3, 20) : LocalDate.of(year + 1, 1, 22);
      AnnualReport report = DemoReports.build(name, year, carried, on, government);
      reports.publish(agencyId, year, on.atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant(), report, null);
      carried = DemoReports.carriedForward(report);
    }
  }

  private void printWelcome() {
    String port = env.getProperty("local.server.port", env.getProperty("server.port", "8080"));
    StringBuilder b = new StringBuilder("\n================ Gongkai 政府信息公开（演示数据）================\n");
    b.append("门户首页:   http://localhost:").append(port).append("/\n");
    b.append("后台登录:   http://localhost:").append(port).append("/login\n");
    b.append("演示账号（密码均为 ").append(PASSWORD).append("）:\n");
    for (DemoAccount a : ACCOUNTS) {
      b.append(String.format("  %-16s %s%n", a.username(), a.displayName()));
    }
    b.append("演示数据仅用于体验，单位、人员和数字均为虚构；生产环境请使用 PostgreSQL 或 prod 配置。\n");
    b.append("==================================================================\n");
    System.out.println(b);
  }
}
