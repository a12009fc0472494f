package org.gongkai.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;

class ReportJsonTest {

  @Test
  void jsonRoundTripKeepsEveryValue() {
    qt().withExamples(200).forAll(ValidReports.any()).checkAssert(report -> {
      assertThat(ReportJson.read(ReportJson.write(report))).isEqualTo(report);
      assertThat(ReportJson.read(ReportJson.writeLine(report))).isEqualTo(report);
    });
  }

  @Test
  void generatedTablesBalance() {
    qt().withExamples(200).forAll(ValidReports.any()).checkAssert(report -> {
      RequestTable t = report.requests();
      for (Applicant a : Applicant.values()) {
        assertThat(t.cell(RequestRow.R1, a) + t.cell(RequestRow.R2, a))
            .isEqualTo(t.cell(RequestRow.R3_7, a) + t.cell(RequestRow.R4, a));
      }
    });
  }

  @Test
  void writesNullCellsAndKeysInContractOrder() {
    String json = """
        {"schema":"gongkai.annual-report/1","title":"t","agency":null,"year":2023,"format":"2021",
         "publishedOn":"2024-01-22","preamble":null,"sections":[],"signature":null,
         "proactive":{"regulations":{"issued":0,"repealed":0,"inForce":0},
                      "normativeDocuments":{"issued":2,"repealed":0,"inForce":null},
                      "licensing":6608,"penalty":437,"coercion":2,"feesWanYuan":"0.0000"},
         "requests":null,"appeals":null,"findings":[]}""";
    AnnualReport r = ReportJson.read(json);
    assertThat(r.proactive().normativeDocuments().inForce()).isNull();
    assertThat(r.proactive().feesWanYuan()).isEqualTo("0.0000");
    String out = ReportJson.writeLine(r);
    assertThat(out).startsWith("{\"schema\":\"gongkai.annual-report/1\",\"title\":\"t\",\"agency\":null,\"year\":2023,"
        + "\"format\":\"2021\",\"publishedOn\":\"2024-01-22\"");
    assertThat(out).contains("\"inForce\":null").contains("\"requests\":null");
  }

  @Test
  void rejectsWhatIsNotCanonicalJsonInChinese() {
    assertThatThrownBy(() -> ReportJson.read("{oops")).hasMessageStartingWith("不是有效的 JSON");
    assertThatThrownBy(() -> ReportJson.read("{\"schema\":\"other\"}")).hasMessageContaining("schema");
  }
}
