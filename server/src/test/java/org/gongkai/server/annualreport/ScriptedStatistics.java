package org.gongkai.server.annualreport;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gongkai.core.report.AppealCounts;
import org.gongkai.core.report.Appeals;
import org.gongkai.core.report.DocumentCounts;
import org.gongkai.core.report.Proactive;
import org.gongkai.core.report.ReportFormat;
import org.gongkai.core.report.RequestTable;
import org.gongkai.server.appeal.AppealStatistics;
import org.gongkai.server.disclosure.PublicationStatistics;
import org.gongkai.server.registers.RegisterStatistics;
import org.gongkai.server.request.RequestStatistics;
import org.springframework.context.annotation.Primary;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The four statistics interfaces answered from numbers a test scripts per agency and year; an agency nobody
 * scripted has an empty year (all zeros). Imported by the annual-report tests only, through {@link Config}.
 */
public class ScriptedStatistics implements PublicationStatistics {

  /**
   * The scripted beans, imported only by the annual-report tests (other modules' tests see their real statistics);
   * primary over the real modules' beans so that the compiled tables are the scripted ones.
   */
  @TestConfiguration
  public static class Config {
    @Bean
    @Primary
    ScriptedStatistics scriptedStatistics() {
      return new ScriptedStatistics();
    }

    @Bean
    @Primary
    RegisterStatistics scriptedRegisters(ScriptedStatistics script) {
      return new Registers(script);
    }

    @Bean
    @Primary
    RequestStatistics scriptedRequests(ScriptedStatistics script) {
      return new Requests(script);
    }

    @Bean
    @Primary
    AppealStatistics scriptedAppeals(ScriptedStatistics script) {
      return new AppealsFromScript(script);
    }
  }

  /** The figures of one agency's year. */
  public record Year(Proactive table1, RequestTable table2, BigDecimal feesYuan, Appeals table3, int publications,
      Map<String, Integer> byCategory) {}

  private final Map<String, Year> years = new HashMap<>();

  static Year empty() {
    Proactive p = new Proactive(new DocumentCounts(0, 0, 0), new DocumentCounts(0, 0, 0), 0, 0, 0, "0");
    return new Year(p, RequestTable.zeros(ReportFormat.F2021), BigDecimal.ZERO,
        new Appeals(AppealCounts.ZERO, AppealCounts.ZERO, AppealCounts.ZERO), 0, new LinkedHashMap<>());
  }

  public synchronized void script(long agencyId, int year, Year figures) {
    years.put(agencyId + "/" + year, figures);
  }

  private synchronized Year of(long agencyId, int year) {
    return years.getOrDefault(agencyId + "/" + year, empty());
  }

  @Override
  public Map<String, Integer> byCategory(long agencyId, int year) {
    return of(agencyId, year).byCategory();
  }

  @Override
  public Map<String, Integer> byChannel(long agencyId, int year) {
    return Map.of();
  }

  @Override
  public int total(long agencyId, int year) {
    return of(agencyId, year).publications();
  }

  /** Table 1 from the script. */
  static class Registers implements RegisterStatistics {
    private final ScriptedStatistics script;

    Registers(ScriptedStatistics script) {
      this.script = script;
    }

    @Override
    public Proactive table(long agencyId, int year) {
      return script.of(agencyId, year).table1();
    }
  }

  /** Table 2 and fees from the script. */
  static class Requests implements RequestStatistics {
    private final ScriptedStatistics script;

    Requests(ScriptedStatistics script) {
      this.script = script;
    }

    @Override
    public RequestTable table(long agencyId, int year) {
      return script.of(agencyId, year).table2();
    }

    @Override
    public BigDecimal feesCollectedYuan(long agencyId, int year) {
      return script.of(agencyId, year).feesYuan();
    }
  }

  /** Table 3 from the script. */
  static class AppealsFromScript implements AppealStatistics {
    private final ScriptedStatistics script;

    AppealsFromScript(ScriptedStatistics script) {
      this.script = script;
    }

    @Override
    public Appeals table(long agencyId, int year) {
      return script.of(agencyId, year).table3();
    }
  }
}
