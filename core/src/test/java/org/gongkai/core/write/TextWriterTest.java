package org.gongkai.core.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextWriterTest {
  private static final String Z = "\t0\t0\t0\t0\t0\t0\t0";

  private static String txt(org.gongkai.core.report.AnnualReport r) {
    return new String(ReportWriters.write(r, OutputFormat.TXT), StandardCharsets.UTF_8);
  }

  @Test
  void writesTheWholeReportInTheRegularTemplateLayout() {
    String expected = """
        示例县卫生健康局2023年政府信息公开工作年度报告

        根据《条例》规定，编制本报告。
        现将有关情况报告如下：

        一、总体情况
        （一）主动公开情况。本年主动公开信息120条。
        全年共收到申请2件。

        二、主动公开政府信息情况

        第二十条第（一）项
        信息内容\t本年制发件数\t本年废止件数\t现行有效件数
        规章\t0\t0\t0
        行政规范性文件\t2\t1\t
        第二十条第（五）项
        信息内容\t本年处理决定数量
        行政许可\t346
        第二十条第（六）项
        信息内容\t本年处理决定数量
        行政处罚\t7
        行政强制\t0
        第二十条第（八）项
        信息内容\t本年收费金额（单位：万元）
        行政事业性收费\t199.43

        三、收到和处理政府信息公开申请情况

        （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t申请人情况
        \t自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计
        一、本年新收政府信息公开申请数量\t2\t0\t0\t0\t0\t0\t2
        二、上年结转政府信息公开申请数量\t0\t0\t0\t0\t\t0\t0
        三、本年度办理结果 （一）予以公开\t1\t0\t0\t0\t0\t0\t1
        （二）部分公开（区分处理的，只计这一情形，不计其他情形）Z
        （三）不予公开 1.属于国家秘密Z
        2.其他法律行政法规禁止公开Z
        3.危及“三安全一稳定”Z
        4.保护第三方合法权益Z
        5.属于三类内部事务信息Z
        6.属于四类过程性信息Z
        7.属于行政执法案卷Z
        8.属于行政查询事项Z
        （四）无法提供 1.本机关不掌握相关政府信息\t1\t0\t0\t0\t0\t0\t1
        2.没有现成信息需要另行制作Z
        3.补正后申请内容仍不明确Z
        （五）不予处理 1.信访举报投诉类申请Z
        2.重复申请Z
        3.要求提供公开出版物Z
        4.无正当理由大量反复申请Z
        5.要求行政机关确认或重新出具已获取信息Z
        （六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请Z
        2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请Z
        3.其他Z
        （七）总计\t2\t0\t0\t0\t0\t0\t2
        四、结转下年度继续办理Z

        四、政府信息公开行政复议、行政诉讼情况

        行政复议\t行政诉讼
        结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t复议后起诉
        结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计
        1\t0\t0\t0\t1\t0\t1\t0\t0\t1\t0\t0\t0\t\t0

        五、存在的主要问题及改进情况
        存在问题：栏目更新不及时。

        六、其他需要报告的事项
        （一）收缴政府信息公开处理费情况
        本年未收取信息处理费。

        示例县卫生健康局
        2024年1月22日
        """.replace("Z\n", Z + "\n");
    assertThat(txt(SampleReport.format2021())).isEqualTo(expected);
  }

  @Test
  void format2019UsesTheOlderTableOneAndOneRowForOtherHandling() {
    List<String> lines = txt(SampleReport.format2019()).lines().toList();
    int start = lines.indexOf("二、主动公开政府信息情况") + 2;
    assertThat(lines.subList(start, start + 19)).containsExactly(
        "第二十条第（一）项",
        "信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量",
        "规章\t1\t2\t30",
        "规范性文件\t4\t4\t",
        "第二十条第（五）项",
        "信息内容\t上一年项目数量\t本年增/减\t处理决定数量",
        "行政许可\t12\t-2\t345",
        "其他对外管理服务事项\t5\t0\t6",
        "第二十条第（六）项",
        "信息内容\t上一年项目数量\t本年增/减\t处理决定数量",
        "行政处罚\t3\t1\t70",
        "行政强制\t0\t0\t0",
        "第二十条第（八）项",
        "信息内容\t上一年项目数量\t本年增/减",
        "行政事业性收费\t2\t-1",
        "第二十条第（九）项",
        "信息内容\t采购项目数量\t采购总金额（单位：万元）",
        "政府集中采购\t3\t12.5",
        "");
    assertThat(lines).contains("（六）其他处理" + Z, "（七）总计\t2\t0\t0\t0\t0\t0\t2");
    assertThat(lines).noneMatch(l -> l.startsWith("3.其他") || l.startsWith("（六）其他处理 1."));
  }

  @Test
  void aPicturedTableLeavesAMarkerAndAnAbsentTableLeavesNothing() {
    List<String> lines = txt(SampleReport.picturedRequests()).lines().toList();
    int three = lines.indexOf("三、收到和处理政府信息公开申请情况");
    assertThat(lines.subList(three, three + 6)).containsExactly(
        "三、收到和处理政府信息公开申请情况", "", "[image: 表格为图片]", "",
        "四、政府信息公开行政复议、行政诉讼情况", "");
    assertThat(lines.get(three + 6)).isEqualTo("五、存在的主要问题及改进情况");
    assertThat(lines).noneMatch(l -> l.startsWith("行政复议"));
  }

  @Test
  void aTableWhoseSectionIsMissingIsWrittenBeforeTheSignature() {
    var r = SampleReport.format2021();
    r = r.withSections(r.sections().stream().filter(s -> !s.number().equals("四")).toList());
    List<String> lines = txt(r).lines().toList();
    int sig = lines.indexOf("示例县卫生健康局");
    assertThat(lines.subList(sig - 7, sig + 2)).containsExactly(
        "本年未收取信息处理费。",
        "",
        "行政复议\t行政诉讼",
        "结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t复议后起诉",
        "结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计",
        "1\t0\t0\t0\t1\t0\t1\t0\t0\t1\t0\t0\t0\t\t0",
        "",
        "示例县卫生健康局",
        "2024年1月22日");
  }
}
