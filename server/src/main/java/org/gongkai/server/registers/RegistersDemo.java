package org.gongkai.server.registers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.gongkai.server.agency.Agency;
import org.gongkai.server.agency.AgencyApi;
import org.gongkai.server.shared.DemoDataLoaded;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Demo registers for the demo agencies: a few normative documents (one repealed in a cleanup campaign, one old enough
 * to be due for review) and monthly decision figures for the last two years. All names and numbers are fictional.
 */
@Component
class RegistersDemo {
  private static final List<String> CODES = List.of("shixian-gov", "shixian-wjj", "shixian-jyj", "shiqu-czj");
  private static final List<String> PREFIXES = List.of("示政规", "示卫规", "示教规", "示财规");

  private final AgencyApi agencies;
  private final DocumentService documents;
  private final DecisionService decisions;

  RegistersDemo(AgencyApi agencies, DocumentService documents, DecisionService decisions) {
    this.agencies = agencies;
    this.documents = documents;
    this.decisions = decisions;
  }

  @EventListener
  void on(DemoDataLoaded event) {
    int last = event.lastYear();
    for (int i = 0; i < CODES.size(); i++) {
      Agency a = agencies.findByCode(CODES.get(i)).orElse(null);
      if (a != null) {
        load(a, PREFIXES.get(i), i + 1, last);
      }
    }
  }

  private void load(Agency a, String prefix, int seed, int last) {
    long old = documents.create(a.id(), doc(prefix + "〔" + (last - 7) + "〕3号", a.shortName()
        + "关于规范行政执法公示工作的通知", LocalDate.of(last - 7, 4, 10)));
    documents.create(a.id(), doc(prefix + "〔" + (last - 6) + "〕8号", a.shortName()
        + "政务公开工作规则", LocalDate.of(last - 6, 9, 1)));
    long kept = documents.create(a.id(), doc(prefix + "〔" + (last - 3) + "〕5号", a.shortName()
        + "行政许可事项办理规程", LocalDate.of(last - 3, 3, 15)));
    documents.create(a.id(), doc(prefix + "〔" + (last - 1) + "〕2号", a.shortName()
        + "政府信息公开申请办理规定", LocalDate.of(last - 1, 5, 20)));
    documents.create(a.id(), doc(prefix + "〔" + last + "〕6号", a.shortName() + "政策解读工作办法",
        LocalDate.of(last, 6, 18)));
    documents.recordCleanup(a.id(), last + "年度行政规范性文件清理", LocalDate.of(last, 11, 28),
        "本级政府关于开展规范性文件清理工作的通知（示例）",
        Map.of(old, CleanupOutcome.REPEAL, kept, CleanupOutcome.KEEP),
        Map.of(old, "所依据的上位规定已修订", kept, "继续有效"));
    for (int year = last - 1; year <= last; year++) {
      Map<String, String> cells = new java.util.HashMap<>();
      for (int m = 1; m <= 12; m++) {
        // Plausible, varied but reproducible figures: a seasonal wave scaled per agency.
        int base = 20 * seed + (m * 7 + year) % 13;
        cells.put("LICENSING_" + m, Integer.toString(base + (seed == 2 ? 30 : 0)));
        cells.put("PENALTY_" + m, Integer.toString((m + seed + year) % 4));
        cells.put("COERCION_" + m, Integer.toString(m % 6 == 0 ? 1 : 0));
        cells.put("FEES_" + m, new BigDecimal(seed * 125 + m * 31 + year % 7).movePointLeft(2).toPlainString());
      }
      decisions.saveGrid(a.id(), year, cells);
    }
  }

  private static DocumentDraft doc(String number, String title, LocalDate issued) {
    return new DocumentDraft(DocumentKind.NORMATIVE, number, title, issued, issued.plusDays(30),
        DocumentStatus.IN_FORCE, null, null, null);
  }
}
