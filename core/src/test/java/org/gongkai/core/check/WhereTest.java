package org.gongkai.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WhereTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "requests.3.3.1.natural|申请情况表“（三）不予公开 1.属于国家秘密”行“自然人”列",
      "requests.3.7|申请情况表“（七）总计”行",
      "requests.total|申请情况表“总计”列",
      "requests.other|申请情况表“其他（法人或其他组织）”列",
      "requests.2.commercial|申请情况表“二、上年结转政府信息公开申请数量”行“商业企业”列",
      "requests.3.3.total|申请情况表“（三）不予公开”各项合计“总计”列",
      "requests|申请情况表",
      "appeals.litigationDirect.total|行政诉讼（未经复议直接起诉）“总计”",
      "appeals.reconsideration|行政复议",
      "appeals|行政复议、行政诉讼情况表",
      "proactive.normativeDocuments.inForce|主动公开情况表“行政规范性文件”行“现行有效件数”列",
      "proactive.licensing|主动公开情况表“行政许可”行“本年处理决定数量”列",
      "proactive2019.licensing.change|主动公开情况表“行政许可”行“本年增/减”列",
      "sections.五|第五部分“存在的主要问题及改进情况”",
      "document|全文",
      "nonsense.path|nonsense.path"})
  void describesPaths(String path, String name) {
    assertThat(Where.describe(path)).isEqualTo(name);
  }
}
