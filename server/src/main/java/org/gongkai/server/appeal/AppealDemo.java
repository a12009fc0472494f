package org.gongkai.server.appeal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.gongkai.server.agency.Agency;
import org.gongkai.server.agency.AgencyApi;
import org.gongkai.server.shared.DemoDataLoaded;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Demo cases for the demo agencies: a reconsideration upheld last year and a direct litigation still pending, with a
 * small PDF notice filed with the first. All names and numbers are fictional.
 */
@Component
class AppealDemo {
  private static final List<String> CODES = List.of("shixian-gov", "shixian-wjj", "shixian-jyj", "shiqu-czj");

  private final AgencyApi agencies;
  private final CaseService cases;

  AppealDemo(AgencyApi agencies, CaseService cases) {
    this.agencies = agencies;
    this.cases = cases;
  }

  @EventListener
  void on(DemoDataLoaded event) {
    int last = event.lastYear();
    for (int i = 0; i < CODES.size(); i++) {
      Agency a = agencies.findByCode(CODES.get(i)).orElse(null);
      if (a == null) {
        continue;
      }
      int n = i + 1;
      long reconsideration = cases.create(a.id(), new CaseDraft("示复决字〔" + last + "〕" + (10 + n) + "号",
          AppealKind.RECONSIDERATION, "示例县人民政府（示例）", LocalDate.of(last, 3, 2 + n),
          LocalDate.of(last, 5, 10 + n), AppealResult.UPHELD, "YSQ-" + last + "-00" + n,
          "申请人不服本机关政府信息公开申请答复，申请行政复议（示例）。"));
      cases.create(a.id(), new CaseDraft("（" + last + "）示0101行初" + (20 + n) + "号", AppealKind.LITIGATION_DIRECT,
          "示例区人民法院（示例）", LocalDate.of(last, 10, 8 + n), null, AppealResult.PENDING, null,
          "原告请求判令公开相关政府信息（示例）。"));
      cases.addDocument(a.id(), reconsideration, "行政复议决定书（示例）.pdf", pdf(), "system");
    }
  }

  /** The smallest well-formed PDF: enough for the type check and a browser to open. */
  private static byte[] pdf() {
    String s = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
        + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 100]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n";
    return s.getBytes(StandardCharsets.US_ASCII);
  }
}
