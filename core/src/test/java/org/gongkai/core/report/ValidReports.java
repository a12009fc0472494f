package org.gongkai.core.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik generators of valid reports (format 2021 and 2019): every table present, every sum and the balance rule
 * holding, the six sections in order with plain narrative that states no figures. Tests corrupt them from here.
 */
public final class ValidReports {
  private ValidReports() {}

  /** Valid reports in either format. */
  public static Arbitrary<AnnualReport> any() {
    return Arbitraries.oneOf(format2021(), format2019());
  }

  /** Valid reports in format 2021. */
  public static Arbitrary<AnnualReport> format2021() {
    return Combinators.combine(header(), proactive(), requests(ReportFormat.F2021), appeals())
        .as((h, p, r, a) -> new AnnualReport(h.title, h.agency, h.year, ReportFormat.F2021, h.publishedOn,
            h.preamble, h.sections, h.agency, p, null, r, a, List.of()));
  }

  /** Valid reports in format 2019. */
  public static Arbitrary<AnnualReport> format2019() {
    return Combinators.combine(header(), proactive2019(), requests(ReportFormat.F2019), appeals())
        .as((h, p, r, a) -> new AnnualReport(h.title, h.agency, h.year, ReportFormat.F2019, h.publishedOn,
            h.preamble, h.sections, h.agency, null, p, r, a, List.of()));
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

  private static Arbitrary<Header> header() {
    Arbitrary<String> agency = Arbitraries.of(AGENCIES);
    Arbitrary<Integer> year = Arbitraries.integers().between(2021, 2025);
    Arbitrary<List<List<String>>> texts = Arbitraries.of(SENTENCES).list().ofMinSize(1).ofMaxSize(3).list().ofSize(4);
    Arbitrary<Integer> day = Arbitraries.integers().between(5, 28);
    return Combinators.combine(agency, year, texts, day).as((ag, y, t, d) -> {
      List<Section> sections = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        String text = switch (i) {
          case 0 -> String.join("\n", t.get(0));
          case 4 -> String.join("\n", t.get(1));
          case 5 -> String.join("\n", t.get(2));
          default -> "";
        };
        sections.add(new Section(Section.NUMBERS.get(i), Section.TITLES.get(i), text));
      }
      String title = ag + y + "年政府信息公开工作年度报告";
      String preamble = "本报告根据《中华人民共和国政府信息公开条例》编制。" + String.join("", t.get(3));
      return new Header(title, ag, y, LocalDate.of(y + 1, 1, d), preamble, sections);
    });
  }

  private static Arbitrary<Integer> count() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(5, Arbitraries.just(0)),
        net.jqwik.api.Tuple.of(4, Arbitraries.integers().between(0, 30)),
        net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0, 20000)));
  }

  private static Arbitrary<Proactive> proactive() {
    Arbitrary<DocumentCounts> docs = Combinators.combine(count(), count(), count()).as(DocumentCounts::new);
    Arbitrary<String> fees = Arbitraries.of("0", "0.0000", "1.5", "199.43", "12", "0.36");
    return Combinators.combine(docs, docs, count(), count(), count(), fees).as(Proactive::new);
  }

  private static Arbitrary<Proactive2019> proactive2019() {
    Arbitrary<Proactive2019.Published> pub =
        Combinators.combine(count(), count(), count()).as(Proactive2019.Published::new);
    Arbitrary<Integer> change = Arbitraries.integers().between(-20, 20);
    Arbitrary<Proactive2019.Items> items =
        Combinators.combine(count(), change, count()).as(Proactive2019.Items::new);
    Arbitrary<Proactive2019.Fees> fees = Combinators.combine(count(), change).as(Proactive2019.Fees::new);
    Arbitrary<Proactive2019.Procurement> proc = Combinators.combine(count(), Arbitraries.of("0", "12.5", "3600"),
        Arbitraries.of("万元", "元")).as(Proactive2019.Procurement::new);
    return Combinators.combine(pub, pub, items, items, items, items, fees, proc).as(Proactive2019::new);
  }

  /** Table 2 built from a history: per column, received and carried-over requests, each closed in one result row or still open. */
  private static Arbitrary<RequestTable> requests(ReportFormat format) {
    List<RequestRow> results = RequestRow.resultRowsOf(format);
    Arbitrary<int[]> column = Combinators.combine(count(), count(),
        Arbitraries.integers().between(0, Integer.MAX_VALUE).array(int[].class).ofSize(64))
        .as((received, carried, dice) -> {
          int[] out = new int[results.size() + 4];
          int all = Math.min(received + carried, 5000);
          out[0] = Math.min(received, all);
          out[1] = all - out[0];
          for (int k = 0; k < all; k++) {
            int roll = dice[k % dice.length] ^ (k * 0x9E3779B1);
            int pick = Math.floorMod(roll, results.size() + 1);
            if (pick == results.size()) {
              out[out.length - 1]++;
            } else {
              out[2 + pick]++;
            }
          }
          for (int i = 0; i < results.size(); i++) {
            out[out.length - 2] += out[2 + i];
          }
          return out;
        });
    return column.list().ofSize(6).map(cols -> {
      Map<RequestRow, RequestCounts> rows = new EnumMap<>(RequestRow.class);
      List<RequestRow> order = new ArrayList<>();
      order.add(RequestRow.R1);
      order.add(RequestRow.R2);
      order.addAll(results);
      order.add(RequestRow.R3_7);
      order.add(RequestRow.R4);
      for (int r = 0; r < order.size(); r++) {
        int[] v = new int[6];
        for (int c = 0; c < 6; c++) {
          v[c] = cols.get(c)[r];
        }
        rows.put(order.get(r), RequestCounts.ofKinds(v[0], v[1], v[2], v[3], v[4], v[5]));
      }
      return new RequestTable(rows);
    });
  }

  private static Arbitrary<Appeals> appeals() {
    Arbitrary<AppealCounts> group = Combinators.combine(count(), count(), count(), count())
        .as((u, c, o, p) -> new AppealCounts(u, c, o, p, u + c + o + p));
    return Combinators.combine(group, group, group).as(Appeals::new);
  }
}
