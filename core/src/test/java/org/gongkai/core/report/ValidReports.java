package org.gongkai.core.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * Generators (QuickTheories) of valid reports in format 2021 and 2019: every table present, every sum and the
 * balance rule holding, the six sections in order with plain narrative that states no figures. Tests corrupt
 * them from here. Table 2 is built from a history: each received or carried-over request is closed in exactly
 * one result row or carried forward, so the balance holds by construction.
 */
public final class ValidReports {
  private ValidReports() {}

  /** Valid reports in either format. */
  public static Gen<AnnualReport> any() {
    return Generate.oneOf(format2021(), format2019());
  }

  /** Valid reports in format 2021. */
  public static Gen<AnnualReport> format2021() {
    return in -> {
      Header h = header(in);
      return new AnnualReport(h.title, h.agency, h.year, ReportFormat.F2021, h.publishedOn, h.preamble, h.sections,
          h.agency, proactive(in), null, requests(in, ReportFormat.F2021), appeals(in), List.of());
    };
  }

  /** Valid reports in format 2019. */
  public static Gen<AnnualReport> format2019() {
    return in -> {
      Header h = header(in);
      return new AnnualReport(h.title, h.agency, h.year, ReportFormat.F2019, h.publishedOn, h.preamble, h.sections,
          h.agency, null, proactive2019(in), requests(in, ReportFormat.F2019), appeals(in), List.of());
    };
  }

  private record Header(String title, String agency, int year, LocalDate publishedOn, String preamble,
      List<Section> sections) {}

  private static final List<String> AGENCIES = List.of("示例县卫生健康局", "示例市教育局", "示例县人民政府",
      "示例区自然资源局", "示例市生态环境局", "示例县市场监督管理局");

  private static final List<String> SENTENCES = List.of(
      "我局高度重视政府信息公开工作，明确专人负责。",
      "严格落实信息发布保密审查制度，做到先审查、后公开。",
      "依托政府门户网站和政务新媒体及时发布信息。",
      "存在的问题是部分栏目更新不够及时，下一步将加强培训。",
      "进一步完善政府信息公开指南和主动公开基本目录。",
      "加强政策解读，积极回应社会关切。");

  private static final Gen<String> SENTENCE = Generate.pick(SENTENCES);

  private static String paragraphs(RandomnessSource in) {
    int n = Generate.range(1, 3).generate(in);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(SENTENCE.generate(in));
    }
    return String.join("\n", out);
  }

  private static Header header(RandomnessSource in) {
    String agency = Generate.pick(AGENCIES).generate(in);
    int year = Generate.range(2021, 2025).generate(in);
    List<Section> sections = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      String text = i == 0 || i == 4 || i == 5 ? paragraphs(in) : "";
      sections.add(new Section(Section.NUMBERS.get(i), Section.TITLES.get(i), text));
    }
    String title = agency + year + "年政府信息公开工作年度报告";
    String preamble = "本报告根据《中华人民共和国政府信息公开条例》编制。" + SENTENCE.generate(in);
    LocalDate published = LocalDate.of(year + 1, 1, Generate.range(5, 28).generate(in));
    return new Header(title, agency, year, published, preamble, sections);
  }

  /** Mostly zeros and small counts, sometimes large ones, as real reports have. */
  static int count(RandomnessSource in) {
    int kind = Generate.range(0, 9).generate(in);
    if (kind < 5) {
      return 0;
    }
    return kind < 9 ? Generate.range(0, 30).generate(in) : Generate.range(0, 20000).generate(in);
  }

  private static DocumentCounts docs(RandomnessSource in) {
    return new DocumentCounts(count(in), count(in), count(in));
  }

  private static Proactive proactive(RandomnessSource in) {
    return new Proactive(docs(in), docs(in), count(in), count(in), count(in),
        Generate.pick(List.of("0", "0.0000", "1.5", "199.43", "12", "0.36")).generate(in));
  }

  private static Proactive2019.Items items(RandomnessSource in) {
    return new Proactive2019.Items(count(in), Generate.range(-20, 20).generate(in), count(in));
  }

  private static Proactive2019 proactive2019(RandomnessSource in) {
    return new Proactive2019(
        new Proactive2019.Published(count(in), count(in), count(in)),
        new Proactive2019.Published(count(in), count(in), count(in)),
        items(in), items(in), items(in), items(in),
        new Proactive2019.Fees(count(in), Generate.range(-20, 20).generate(in)),
        new Proactive2019.Procurement(count(in), Generate.pick(List.of("0", "12.5", "3600")).generate(in),
            Generate.pick(List.of("万元", "元")).generate(in)));
  }

  private static RequestTable requests(RandomnessSource in, ReportFormat format) {
    List<RequestRow> results = RequestRow.resultRowsOf(format);
    Map<RequestRow, int[]> byRow = new EnumMap<>(RequestRow.class);
    for (RequestRow r : RequestRow.rowsOf(format)) {
      byRow.put(r, new int[6]);
    }
    for (int c = 0; c < 6; c++) {
      int received = count(in) % 400;
      int carried = count(in) % 100;
      byRow.get(RequestRow.R1)[c] = received;
      byRow.get(RequestRow.R2)[c] = carried;
      for (int k = 0; k < received + carried; k++) {
        int pick = Generate.range(0, results.size()).generate(in);
        RequestRow closedIn = pick == results.size() ? RequestRow.R4 : results.get(pick);
        byRow.get(closedIn)[c]++;
        if (closedIn != RequestRow.R4) {
          byRow.get(RequestRow.R3_7)[c]++;
        }
      }
    }
    Map<RequestRow, RequestCounts> rows = new EnumMap<>(RequestRow.class);
    byRow.forEach((row, v) -> rows.put(row, RequestCounts.ofKinds(v[0], v[1], v[2], v[3], v[4], v[5])));
    return new RequestTable(rows);
  }

  private static AppealCounts group(RandomnessSource in) {
    int u = count(in) % 50;
    int c = count(in) % 50;
    int o = count(in) % 50;
    int p = count(in) % 50;
    return new AppealCounts(u, c, o, p, u + c + o + p);
  }

  private static Appeals appeals(RandomnessSource in) {
    return new Appeals(group(in), group(in), group(in));
  }
}
