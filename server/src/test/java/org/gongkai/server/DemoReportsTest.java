package org.gongkai.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gongkai.core.report.Applicant;
import org.gongkai.core.report.AnnualReport;
import org.gongkai.core.report.ReportFormat;
import org.gongkai.core.report.RequestRow;
import org.gongkai.server.agency.AgencyApi;
import org.gongkai.server.report.PublishedReport;
import org.gongkai.server.report.PublishedReportApi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo reports are plausible: the balance rule holds in every column, and years chain their carry-over. */
class DemoReportsTest extends IntegrationTest {
  @Autowired
  AgencyApi agencies;
  @Autowired
  PublishedReportApi reports;

  @Test
  void everyDemoReportBalances() {
    List<PublishedReport> all = agencies.all().stream().flatMap(a -> reports.ofAgency(a.id()).stream()).toList();
    assertThat(all).hasSizeGreaterThanOrEqualTo(9);
    for (PublishedReport p : all) {
      AnnualReport r = p.report();
      assertThat(r.format()).isEqualTo(ReportFormat.F2021);
      for (Applicant c : Applicant.values()) {
        int results = RequestRow.resultRowsOf(ReportFormat.F2021).stream()
            .mapToInt(row -> r.requests().cell(row, c)).sum();
        assertThat(r.requests().cell(RequestRow.R3_7, c)).as(r.title() + " " + c).isEqualTo(results);
        assertThat(r.requests().cell(RequestRow.R1, c) + r.requests().cell(RequestRow.R2, c))
            .as(r.title() + " balance " + c)
            .isEqualTo(r.requests().cell(RequestRow.R3_7, c) + r.requests().cell(RequestRow.R4, c));
      }
      assertThat(r.sections()).hasSize(6);
    }
  }

  @Test
  void carriedForwardBecomesNextYearsCarriedOver() {
    long wjj = agencies.findByCode("shixian-wjj").orElseThrow().id();
    AnnualReport y2024 = reports.find(wjj, 2024).orElseThrow().report();
    AnnualReport y2025 = reports.find(wjj, 2025).orElseThrow().report();
    assertThat(y2025.requests().cell(RequestRow.R2, Applicant.TOTAL))
        .isEqualTo(y2024.requests().cell(RequestRow.R4, Applicant.TOTAL));
  }
}
