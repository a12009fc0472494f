package org.gongkai.server.demo;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.gongkai.core.report.AnnualReport;
import org.gongkai.core.report.AppealCounts;
import org.gongkai.core.report.Appeals;
import org.gongkai.core.report.DocumentCounts;
import org.gongkai.core.report.Proactive;
import org.gongkai.core.report.ReportFormat;
import org.gongkai.core.report.RequestCounts;
import org.gongkai.core.report.RequestRow;
import org.gongkai.core.report.RequestTable;
import org.gongkai.core.report.Section;

/**
 * Plausible fictional annual reports (format 2021). Table 2 is built request by request, so every column satisfies
 * the balance rule 1 + 2 = 3.7 + 4 and 3.7 is the sum of the result rows; the same agency and year give the same report.
 */
final class DemoReports {
  private static final int[] SIX = new int[6];

  private DemoReports() {}

  static AnnualReport build(String agency, int year, int carriedOver, LocalDate publishedOn, boolean government) {
    Random random = new Random(agency.hashCode() * 31L + year);
    RequestTable requests = requests(random, carriedOver);
    int received = requests.row(RequestRow.R1).total();
    List<Section> sections = List.of(
        new Section("一", Section.TITLES.get(0), agency + "坚持以公开为常态、不公开为例外，明确专人负责政府信息公开工作，"
            + "落实信息发布保密审查制度。本报告所列单位和数字均为演示数据。"),
        new Section("二", Section.TITLES.get(1), ""),
        new Section("三", Section.TITLES.get(2), "本年度共收到政府信息公开申请" + received + "件，均在法定期限内答复。"),
        new Section("四", Section.TITLES.get(3), ""),
        new Section("五", Section.TITLES.get(4), "部分栏目更新不够及时。下一步将加强培训，完善主动公开基本目录。"),
        new Section("六", Section.TITLES.get(5), "本年度未收取信息处理费。"));
    Proactive proactive = new Proactive(
        new DocumentCounts(government ? random.nextInt(3) : 0, 0, government ? 3 + random.nextInt(5) : 0),
        new DocumentCounts(1 + random.nextInt(4), random.nextInt(2), 8 + random.nextInt(12)),
        random.nextInt(300), random.nextInt(60), random.nextInt(5), String.format("%.2f", random.nextInt(5000) / 100.0));
    AppealCounts reconsideration = appealGroup(random);
    AppealCounts litigation = appealGroup(random);
    Appeals appeals = new Appeals(reconsideration, litigation, AppealCounts.ZERO);
    String title = agency + year + "年政府信息公开工作年度报告";
    String preamble = "本报告根据《中华人民共和国政府信息公开条例》和国务院办公厅政府信息公开办公室印发的"
        + "《中华人民共和国政府信息公开工作年度报告格式》编制，所列数据统计期限为" + year + "年1月1日至12月31日。";
    return new AnnualReport(title, agency, year, ReportFormat.F2021, publishedOn, preamble, sections, agency,
        proactive, null, requests, appeals, List.of());
  }

  /** Number of requests still open at the end of a report (row 4 total), to carry into the next year. */
  static int carriedForward(AnnualReport report) {
    return report.requests().row(RequestRow.R4).total();
  }

  private static RequestTable requests(Random random, int carriedOver) {
    List<RequestRow> results = RequestRow.resultRowsOf(ReportFormat.F2021);
    // Most requests come from natural persons; results concentrate on disclosure and "not held".
    int[] weights = new int[results.size()];
    for (int i = 0; i < weights.length; i++) {
      weights[i] = 1;
    }
    weights[results.indexOf(RequestRow.R3_1)] = 30;
    weights[results.indexOf(RequestRow.R3_2)] = 6;
    weights[results.indexOf(RequestRow.R3_4_1)] = 12;
    weights[results.indexOf(RequestRow.R3_5_2)] = 3;
    int[] receivedByKind = {18 + random.nextInt(25), random.nextInt(6), random.nextInt(2), random.nextInt(2),
        random.nextInt(3), random.nextInt(2)};
    int[] carriedByKind = new int[6];
    carriedByKind[0] = carriedOver;
    int[][] cells = new int[results.size()][6];
    int[] open = new int[6];
    for (int kind = 0; kind < 6; kind++) {
      int all = receivedByKind[kind] + carriedByKind[kind];
      for (int k = 0; k < all; k++) {
        if (random.nextInt(20) == 0) {
          open[kind]++;
        } else {
          cells[pick(random, weights)][kind]++;
        }
      }
    }
    Map<RequestRow, RequestCounts> rows = new EnumMap<>(RequestRow.class);
    rows.put(RequestRow.R1, counts(receivedByKind));
    rows.put(RequestRow.R2, counts(carriedByKind));
    int[] total = SIX.clone();
    for (int i = 0; i < results.size(); i++) {
      rows.put(results.get(i), counts(cells[i]));
      for (int kind = 0; kind < 6; kind++) {
        total[kind] += cells[i][kind];
      }
    }
    rows.put(RequestRow.R3_7, counts(total));
    rows.put(RequestRow.R4, counts(open));
    return new RequestTable(rows);
  }

  private static int pick(Random random, int[] weights) {
    int sum = 0;
    for (int w : weights) {
      sum += w;
    }
    int roll = random.nextInt(sum);
    for (int i = 0; i < weights.length; i++) {
      roll -= weights[i];
      if (roll < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  private static RequestCounts counts(int[] c) {
    return RequestCounts.ofKinds(c[0], c[1], c[2], c[3], c[4], c[5]);
  }

  private static AppealCounts appealGroup(Random random) {
    int upheld = random.nextInt(3);
    int corrected = random.nextInt(4) == 0 ? 1 : 0;
    int pending = random.nextInt(2);
    return new AppealCounts(upheld, corrected, 0, pending, upheld + corrected + pending);
  }
}
