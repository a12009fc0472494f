package org.gongkai.server.disclosure;

import java.util.ArrayList;
import java.util.List;

/**
 * The catalogue a new agency starts from: the kinds of information Art. 20 lists, grouped as agencies usually
 * publish them, plus the health sector's entries for health agencies (name containing 卫生健康). Agencies edit it
 * afterwards; the template only saves them typing.
 */
final class CatalogueTemplate {
  private CatalogueTemplate() {}

  /** A template entry; {@code parent} names the top-level entry it belongs to, or is null for a top-level one. */
  record Entry(String parent, String name, String content, String legalBasis, String timeLimit, String unit,
      String channel, boolean proactive) {}

  static final String AUDIENCE = "社会公众";
  private static final String LIMIT = "信息形成或者变更之日起20个工作日内";
  private static final String WEB = "政府网站";
  private static final String WEB_AND_MEDIA = "政府网站、政务新媒体";

  private static String art20(String item) {
    return "《中华人民共和国政府信息公开条例》第二十条第（" + item + "）项";
  }

  /** The entries for an agency of this name, parents before their children. */
  static List<Entry> entriesFor(String agencyName) {
    List<Entry> e = new ArrayList<>();
    e.add(new Entry(null, "机构信息", "机关职能、机构设置、办公地址、办公时间、联系方式、负责人姓名", art20("二"), LIMIT,
        "办公室", WEB, true));
    e.add(new Entry(null, "政策文件", "行政法规、规章和规范性文件，以及其他政策文件", art20("一"), LIMIT, "办公室",
        WEB, true));
    e.add(new Entry("政策文件", "规范性文件", "本机关制发的行政规范性文件及其制发、废止情况", art20("一"), LIMIT,
        "法规科", WEB, true));
    e.add(new Entry("政策文件", "政策解读", "重要政策文件的解读材料，与被解读文件同步发布", "《中华人民共和国政府信息公开条例》第六条",
        "与政策文件同步", "办公室", WEB_AND_MEDIA, true));
    e.add(new Entry(null, "规划信息", "国民经济和社会发展规划、专项规划、区域规划及相关政策", art20("三"), LIMIT,
        "规划科", WEB, true));
    e.add(new Entry(null, "统计信息", "国民经济和社会发展统计信息", art20("四"), LIMIT, "统计科", WEB, true));
    e.add(new Entry(null, "行政许可", "办理行政许可和其他对外管理服务事项的依据、条件、程序以及办理结果", art20("五"),
        "作出决定之日起7个工作日内", "审批科", WEB, true));
    e.add(new Entry(null, "行政处罚和行政强制", "实施行政处罚、行政强制的依据、条件、程序以及本机关认为具有一定社会影响的行政处罚决定",
        art20("六"), "作出决定之日起7个工作日内", "执法大队", WEB, true));
    e.add(new Entry(null, "财政预决算", "部门预算、决算及“三公”经费信息", art20("七"), "批复后20日内", "财务科", WEB,
        true));
    e.add(new Entry(null, "行政事业性收费", "行政事业性收费项目及其依据、标准", art20("八"), LIMIT, "财务科", WEB,
        true));
    e.add(new Entry(null, "政府采购", "政府集中采购项目的目录、标准及实施情况", art20("九"), LIMIT, "财务科", WEB,
        true));
    e.add(new Entry(null, "重大建设项目", "重大建设项目的批准和实施情况", art20("十"), LIMIT, "规划科", WEB, true));
    e.add(new Entry(null, "民生政策", "扶贫、教育、医疗、社会保障、促进就业等方面的政策、措施及其实施情况", art20("十一"),
        LIMIT, "办公室", WEB_AND_MEDIA, true));
    e.add(new Entry(null, "应急管理", "突发公共事件的应急预案、预警信息及应对情况", art20("十二"), "及时发布",
        "应急办", WEB_AND_MEDIA, true));
    e.add(new Entry(null, "监督检查", "环境保护、公共卫生、安全生产、食品药品、产品质量的监督检查情况", art20("十三"),
        LIMIT, "执法大队", WEB, true));
    e.add(new Entry(null, "人事信息", "公务员招考的职位、名额、报考条件等事项以及录用结果，人事任免", art20("十四"),
        LIMIT, "人事科", WEB, true));
    e.add(new Entry(null, "工作动态", "本机关重要会议、重点工作进展", art20("十五"), LIMIT, "办公室", WEB_AND_MEDIA,
        true));
    e.add(new Entry(null, "通知公告", "面向社会公众的通知、公告", art20("十五"), LIMIT, "办公室", WEB_AND_MEDIA,
        true));
    e.add(new Entry(null, "依申请公开的其他信息", "未列入主动公开范围、可依申请公开的信息", "《中华人民共和国政府信息公开条例》第二十七条",
        "收到申请之日起20个工作日内答复", "办公室", "依申请提供", false));
    if (agencyName != null && agencyName.contains("卫生健康")) {
      String basis = "《中华人民共和国基本医疗卫生与健康促进法》、卫生健康领域基层政务公开标准目录";
      e.add(new Entry(null, "卫生健康领域", "卫生健康领域基层政务公开标准目录所列事项", basis, LIMIT, "办公室", WEB,
          true));
      e.add(new Entry("卫生健康领域", "医疗机构执业登记", "医疗机构设置审批、执业登记、校验结果", basis,
          "作出决定之日起7个工作日内", "审批科", WEB, true));
      e.add(new Entry("卫生健康领域", "基本公共卫生服务", "基本公共卫生服务项目内容、服务机构、服务流程", basis, LIMIT,
          "疾控科", WEB_AND_MEDIA, true));
      e.add(new Entry("卫生健康领域", "传染病疫情信息", "法定传染病疫情信息及防控措施", "《中华人民共和国传染病防治法》",
          "按规定时限发布", "疾控科", WEB_AND_MEDIA, true));
      e.add(new Entry("卫生健康领域", "卫生健康监督执法", "“双随机、一公开”抽查计划和结果、行政处罚决定", basis,
          "作出决定之日起7个工作日内", "卫生监督所", WEB, true));
    }
    return e;
  }
}
