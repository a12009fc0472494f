package org.gongkai.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
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
 * Deterministic reports the size of real ones (a few thousand characters of narrative, all three tables), so
 * that the benchmark measures what the readers meet in practice.
 */
final class SampleReports {
  private static final String[] PARAGRAPHS = {
      "我局认真贯彻落实《中华人民共和国政府信息公开条例》，坚持以公开为常态、不公开为例外，围绕中心工作，及时、准确、全面公开政府信息，切实保障人民群众的知情权、参与权、表达权和监督权。",
      "（一）主动公开情况。全年通过政府门户网站主动公开政府信息，其中工作动态、通知公告、人事信息、财政预决算、政策文件及解读等栏目及时更新，并通过政务新媒体同步发布。",
      "（二）依申请公开情况。严格按照法定程序受理、办理政府信息公开申请，规范登记、审核、答复等环节，所有申请均在法定期限内答复，未发生因依申请公开引发的行政复议和行政诉讼。",
      "（三）政府信息管理情况。严格落实信息发布保密审查制度，坚持先审查、后公开，对拟公开信息逐条审核，确保公开内容合法、准确、安全。",
      "（四）平台建设情况。持续加强政府网站信息公开专栏建设，优化栏目设置，完善检索功能，提升信息发布的规范性和时效性。",
      "（五）监督保障情况。将政务公开工作纳入年度目标考核，明确分管领导和专人负责，定期开展自查自纠，及时整改发现的问题。"};

  private SampleReports() {}

  static List<AnnualReport> generate(int count, long seed) {
    Random rnd = new Random(seed);
    List<AnnualReport> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      out.add(one(rnd, i));
    }
    return out;
  }

  private static AnnualReport one(Random rnd, int i) {
    String agency = "示例县第" + (i + 1) + "卫生健康局";
    int year = 2021 + rnd.nextInt(4);
    List<Section> sections = new ArrayList<>();
    for (int s = 0; s < 6; s++) {
      String text = switch (s) {
        case 0 -> String.join("\n", PARAGRAPHS);
        case 4 -> "存在的问题：信息公开的及时性有待提升。" + PARAGRAPHS[3] + "\n改进措施：" + PARAGRAPHS[4];
        case 5 -> "本年度未收取信息处理费。" + PARAGRAPHS[5];
        default -> "";
      };
      sections.add(new Section(Section.NUMBERS.get(s), Section.TITLES.get(s), text));
    }
    return new AnnualReport(agency + year + "年政府信息公开工作年度报告", agency, year, ReportFormat.F2021,
        LocalDate.of(year + 1, 1, 20), "根据《中华人民共和国政府信息公开条例》规定，编制本报告。", sections, agency,
        new Proactive(new DocumentCounts(0, 0, rnd.nextInt(5)), new DocumentCounts(rnd.nextInt(4), 0, rnd.nextInt(20)),
            rnd.nextInt(5000), rnd.nextInt(500), rnd.nextInt(10), "0"),
        null, requests(rnd), appeals(rnd), List.of());
  }

  private static RequestTable requests(Random rnd) {
    List<RequestRow> results = RequestRow.resultRowsOf(ReportFormat.F2021);
    EnumMap<RequestRow, int[]> rows = new EnumMap<>(RequestRow.class);
    for (RequestRow r : RequestRow.rowsOf(ReportFormat.F2021)) {
      rows.put(r, new int[6]);
    }
    for (int c = 0; c < 6; c++) {
      int received = c == 0 ? rnd.nextInt(60) : rnd.nextInt(4);
      rows.get(RequestRow.R1)[c] = received;
      for (int k = 0; k < received; k++) {
        int pick = rnd.nextInt(results.size() + 1);
        if (pick == results.size()) {
          rows.get(RequestRow.R4)[c]++;
        } else {
          rows.get(results.get(pick))[c]++;
          rows.get(RequestRow.R3_7)[c]++;
        }
      }
    }
    EnumMap<RequestRow, RequestCounts> table = new EnumMap<>(RequestRow.class);
    rows.forEach((r, v) -> table.put(r, RequestCounts.ofKinds(v[0], v[1], v[2], v[3], v[4], v[5])));
    return new RequestTable(table);
  }

  private static Appeals appeals(Random rnd) {
    int u = rnd.nextInt(3);
    int p = rnd.nextInt(2);
    return new Appeals(new AppealCounts(u, 0, 0, p, u + p), AppealCounts.ZERO, AppealCounts.ZERO);
  }
}
