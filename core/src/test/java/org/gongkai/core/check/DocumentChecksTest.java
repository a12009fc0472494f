package org.gongkai.core.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.core.check.Fixtures.pairs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.core.report.AnnualReport;
import org.gongkai.core.report.Finding;
import org.gongkai.core.report.FindingCode;
import org.gongkai.core.report.Section;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DocumentChecksTest {
  private static final AnnualReport BASE = Fixtures.report();

  private static AnnualReport sections(String... numbers) {
    List<Section> s = new ArrayList<>();
    for (String n : numbers) {
      s.add(BASE.section(n));
    }
    return BASE.withSections(s);
  }

  @Test
  void absentSectionsAreMissing() {
    List<Finding> f = ReportChecks.check(sections("一", "二", "三", "四", "六"));
    assertThat(pairs(f)).containsExactly("SECTION_MISSING@sections.五");
    assertThat(f.get(0).message()).isEqualTo("缺少第五部分“存在的主要问题及改进情况”");
  }

  @Test
  void sectionsOutOfOrder() {
    List<Finding> f = ReportChecks.check(sections("一", "二", "四", "三", "五", "六"));
    assertThat(pairs(f)).containsExactly("SECTION_ORDER@sections.三");
    assertThat(f.get(0).message()).isEqualTo("第三部分“收到和处理政府信息公开申请情况”出现在第四部分之后，顺序与模板不符");
  }

  @Test
  void repeatedSectionReportedOnceAndNotWhenTheReaderDid() {
    AnnualReport r = sections("一", "二", "三", "四", "五", "二", "六");
    assertThat(pairs(ReportChecks.check(r))).containsExactly("SECTION_ORDER@sections.二");
    AnnualReport read = r.withFindings(List.of(Finding.of(FindingCode.SECTION_ORDER, "sections.二", "标题重复")));
    assertThat(ReportChecks.check(read)).isEmpty();
  }

  @Test
  void blankRequiredSections() {
    AnnualReport r = Fixtures.withSection(Fixtures.withSection(BASE, "一", " \n"), "六", "");
    assertThat(pairs(ReportChecks.check(r))).containsExactlyInAnyOrder("SECTION_EMPTY@sections.一", "SECTION_EMPTY@sections.六");
  }

  @ParameterizedTest
  @ValueSource(strings = {"无", "暂无。", "——", "……", "无。\n无。", "本单位无存在的主要问题。", "暂无存在的主要问题及改进情况。",
      "我局工作中不存在问题。"})
  void sectionFiveWithoutSubstance(String text) {
    assertThat(pairs(ReportChecks.check(Fixtures.withSection(BASE, "五", text))))
        .containsExactly("SECTION_EMPTY@sections.五");
  }

  @ParameterizedTest
  @ValueSource(strings = {"加强政策解读，积极回应社会关切。", "信息更新不够及时，将加强培训。",
      "存在的问题是部分栏目更新不够及时，下一步将加强培训。"})
  void sectionFiveWithSubstance(String text) {
    assertThat(ReportChecks.check(Fixtures.withSection(BASE, "五", text))).isEmpty();
  }

  @Test
  void sectionSixMayBeShort() {
    assertThat(ReportChecks.check(Fixtures.withSection(BASE, "六", "无。"))).isEmpty();
  }

  @Test
  void departmentLateAfterThirtyFirstJanuary() {
    assertThat(ReportChecks.check(BASE.withPublishedOn(LocalDate.of(2024, 1, 31)))).isEmpty();
    List<Finding> f = ReportChecks.check(BASE.withPublishedOn(LocalDate.of(2024, 2, 1)));
    assertThat(pairs(f)).containsExactly("LATE_PUBLICATION@document");
    assertThat(f.get(0).message()).isEqualTo(
        "报告落款日期2024年2月1日晚于法定期限2024年1月31日（政府部门应于次年1月31日前公布上一年度报告）");
    assertThat(f.get(0).severity().code()).isEqualTo("warning");
  }

  @Test
  void governmentLateAfterThirtyFirstMarch() {
    AnnualReport gov = new AnnualReport("示例县人民政府2023年政府信息公开工作年度报告", "示例县人民政府", 2023,
        BASE.format(), LocalDate.of(2024, 3, 31), BASE.preamble(), BASE.sections(), null, BASE.proactive(), null,
        BASE.requests(), BASE.appeals(), List.of());
    assertThat(ReportChecks.check(gov)).isEmpty();
    assertThat(pairs(ReportChecks.check(gov.withPublishedOn(LocalDate.of(2024, 4, 1)))))
        .containsExactly("LATE_PUBLICATION@document");
    assertThat(pairs(ReportChecks.check(gov.withPublishedOn(LocalDate.of(2024, 2, 10)), AgencyKind.DEPARTMENT)))
        .containsExactly("LATE_PUBLICATION@document");
  }

  @Test
  void noDateNoLateness() {
    assertThat(ReportChecks.check(BASE.withPublishedOn(null))).isEmpty();
  }

  @Test
  void agencyKindFromName() {
    assertThat(AgencyKind.infer("示例县人民政府")).isEqualTo(AgencyKind.GOVERNMENT);
    assertThat(AgencyKind.infer("示例镇人民政府 ")).isEqualTo(AgencyKind.GOVERNMENT);
    assertThat(AgencyKind.infer("示例区政府")).isEqualTo(AgencyKind.GOVERNMENT);
    assertThat(AgencyKind.infer("示例县人民政府办公室")).isEqualTo(AgencyKind.DEPARTMENT);
    assertThat(AgencyKind.infer("乌苏市卫生健康委员会")).isEqualTo(AgencyKind.DEPARTMENT);
    assertThat(AgencyKind.GOVERNMENT.deadline(2023)).isEqualTo(LocalDate.of(2024, 3, 31));
    assertThat(AgencyKind.DEPARTMENT.deadline(2023)).isEqualTo(LocalDate.of(2024, 1, 31));
  }
}
