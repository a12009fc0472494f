package org.gongkai.server.disclosure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.gongkai.server.agency.Agency;
import org.gongkai.server.agency.AgencyApi;
import org.gongkai.server.shared.DemoDataLoaded;
import org.gongkai.server.shared.Role;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Demo activity for the demo agencies: publications of the last year and this one through the real workflow (so
 * index numbers, versions, history, tokens and the Art. 26 flag are what the application itself makes), some
 * withdrawn, one updated, policy documents with their interpretations, and a few items still in the workflow.
 */
@Component
class DisclosureDemo {
  private final AgencyApi agencies;
  private final Catalogue catalogue;
  private final Publications publications;

  DisclosureDemo(AgencyApi agencies, Catalogue catalogue, Publications publications) {
    this.agencies = agencies;
    this.catalogue = catalogue;
    this.publications = publications;
  }

  /** One demo item: where it goes, what it is, when it was written and published, and what happens to it later. */
  record Item(String category, String title, String docNumber, LocalDate written, LocalDate published,
      String interpretsTitle, String withdrawReason, String updateNote) {}

  @EventListener
  void onDemo(DemoDataLoaded event) {
    int y = event.lastYear();
    load("shixian-wjj", wjj(y));
    load("shixian-gov", gov(y));
    load("shixian-jyj", jyj(y));
    load("shiqu-czj", czj(y));
    inProgress("shixian-wjj", y);
  }

  private static Item n(String category, String title, LocalDate written, LocalDate published) {
    return new Item(category, title, null, written, published, null, null, null);
  }

  private static List<Item> wjj(int y) {
    int t = y + 1;
    List<Item> l = new ArrayList<>();
    l.add(new Item("规范性文件", "示例县卫生健康局关于印发《示例县村卫生室管理办法》的通知", "示卫发〔" + y + "〕3号",
        LocalDate.of(y, 3, 10), LocalDate.of(y, 3, 20), null, null, "更正第十二条所列咨询电话，补充附件名称"));
    l.add(new Item("政策解读", "《示例县村卫生室管理办法》政策解读", null, LocalDate.of(y, 3, 18),
        LocalDate.of(y, 3, 20), "示例县卫生健康局关于印发《示例县村卫生室管理办法》的通知", null, null));
    l.add(new Item("规范性文件", "示例县卫生健康局关于进一步规范医疗机构设置审批的通知", "示卫发〔" + y + "〕9号",
        LocalDate.of(y, 6, 3), LocalDate.of(y, 6, 12), null, null, null));
    l.add(new Item("政策解读", "一图读懂《关于进一步规范医疗机构设置审批的通知》", null, LocalDate.of(y, 6, 10),
        LocalDate.of(y, 6, 12), "示例县卫生健康局关于进一步规范医疗机构设置审批的通知", null, null));
    l.add(n("工作动态", "示例县卫生健康局召开" + y + "年度全县卫生健康工作会议", LocalDate.of(y, 2, 18),
        LocalDate.of(y, 2, 19)));
    l.add(n("工作动态", "县卫生健康局开展“世界无烟日”主题宣传活动", LocalDate.of(y, 5, 31), LocalDate.of(y, 6, 3)));
    l.add(n("工作动态", "示例县启动家庭医生签约服务提质行动", LocalDate.of(y, 4, 8), LocalDate.of(y, 4, 9)));
    l.add(n("工作动态", "县卫生健康局组织开展医疗机构安全生产大检查", LocalDate.of(y, 9, 2), LocalDate.of(y, 9, 4)));
    l.add(n("工作动态", "示例县卫生健康局召开" + t + "年上半年重点工作推进会", LocalDate.of(t, 7, 8),
        LocalDate.of(t, 7, 9)));
    l.add(n("通知公告", "关于开展" + y + "年度医师定期考核工作的通知", LocalDate.of(y, 4, 1), LocalDate.of(y, 4, 2)));
    l.add(n("通知公告", "关于公布示例县预防接种门诊名单的公告", LocalDate.of(y, 8, 5), LocalDate.of(y, 8, 6)));
    l.add(new Item("通知公告", "关于调整示例县发热门诊开诊时间的通告", null, LocalDate.of(y, 11, 3),
        LocalDate.of(y, 11, 4), null, "发热门诊开诊时间已恢复常态，本通告不再适用", null));
    l.add(n("通知公告", "关于开展" + t + "年度护士执业注册集中办理的通知", LocalDate.of(t, 3, 2), LocalDate.of(t, 3, 4)));
    l.add(n("财政预决算", "示例县卫生健康局" + y + "年部门预算公开", LocalDate.of(y, 2, 20), LocalDate.of(y, 2, 28)));
    l.add(n("财政预决算", "示例县卫生健康局" + (y - 1) + "年部门决算公开", LocalDate.of(y, 8, 20),
        LocalDate.of(y, 8, 28)));
    l.add(n("财政预决算", "示例县卫生健康局" + t + "年部门预算公开", LocalDate.of(t, 2, 16), LocalDate.of(t, 2, 26)));
    l.add(n("人事信息", "示例县卫生健康局所属事业单位" + y + "年公开招聘工作人员公告", LocalDate.of(y, 5, 6),
        LocalDate.of(y, 5, 8)));
    l.add(new Item("人事信息", "示例县卫生健康局所属事业单位" + y + "年公开招聘拟聘用人员名单公示", null,
        LocalDate.of(y, 8, 11), LocalDate.of(y, 8, 12), null, "名单中一名人员信息有误，已更正后重新公示", null));
    l.add(n("人事信息", "示例县卫生健康局所属事业单位" + y + "年公开招聘拟聘用人员名单（更正）公示",
        LocalDate.of(y, 8, 15), LocalDate.of(y, 8, 18)));
    l.add(n("医疗机构执业登记", y + "年第三季度医疗机构执业登记办理结果公示", LocalDate.of(y, 10, 9),
        LocalDate.of(y, 10, 14)));
    l.add(n("卫生健康监督执法", y + "年“双随机、一公开”抽查结果公示", LocalDate.of(y, 3, 3),
        LocalDate.of(y, 4, 15)));
    l.add(n("传染病疫情信息", "示例县" + y + "年10月法定传染病疫情概况", LocalDate.of(y, 11, 10),
        LocalDate.of(y, 11, 12)));
    l.add(n("基本公共卫生服务", "示例县" + t + "年国家基本公共卫生服务项目实施方案", LocalDate.of(t, 4, 7),
        LocalDate.of(t, 4, 10)));
    l.add(n("行政事业性收费", "示例县卫生健康局行政事业性收费项目清单", LocalDate.of(y, 1, 6), LocalDate.of(y, 1, 8)));
    l.add(n("机构信息", "示例县卫生健康局机构职能", LocalDate.of(y, 1, 2), LocalDate.of(y, 1, 3)));
    return l;
  }

  private static List<Item> gov(int y) {
    int t = y + 1;
    return List.of(
        new Item("规范性文件", "示例县人民政府关于印发《示例县优化营商环境若干措施》的通知", "示政发〔" + y + "〕5号",
            LocalDate.of(y, 4, 14), LocalDate.of(y, 4, 18), null, null, null),
        new Item("政策解读", "《示例县优化营商环境若干措施》解读", null, LocalDate.of(y, 4, 16), LocalDate.of(y, 4, 18),
            "示例县人民政府关于印发《示例县优化营商环境若干措施》的通知", null, null),
        n("工作动态", "示例县召开" + y + "年政务公开工作推进会", LocalDate.of(y, 3, 25), LocalDate.of(y, 3, 26)),
        n("财政预决算", "示例县" + y + "年财政预算执行情况和" + t + "年财政预算草案的报告", LocalDate.of(t, 1, 20),
            LocalDate.of(t, 1, 28)),
        n("政府采购", "示例县" + t + "年政府集中采购目录及标准", LocalDate.of(t, 1, 5), LocalDate.of(t, 1, 9)));
  }

  private static List<Item> jyj(int y) {
    return List.of(
        n("通知公告", "示例县" + y + "年义务教育阶段学校招生入学工作方案", LocalDate.of(y, 5, 20), LocalDate.of(y, 5, 23)),
        n("财政预决算", "示例县教育局" + y + "年部门预算公开", LocalDate.of(y, 2, 21), LocalDate.of(y, 2, 27)),
        n("人事信息", "示例县" + y + "年公开招聘中小学教师公告", LocalDate.of(y, 4, 28), LocalDate.of(y, 4, 30)));
  }

  private static List<Item> czj(int y) {
    int t = y + 1;
    return List.of(
        n("财政预决算", "示例区" + y + "年区级部门预算公开汇总", LocalDate.of(y, 2, 24), LocalDate.of(y, 2, 28)),
        n("财政预决算", "示例区" + (y - 1) + "年区级决算公开汇总", LocalDate.of(y, 8, 22), LocalDate.of(y, 8, 29)),
        n("政府采购", "示例区" + t + "年政府集中采购目录及限额标准", LocalDate.of(t, 1, 8), LocalDate.of(t, 1, 12)));
  }

  private void load(String code, List<Item> items) {
    Agency a = agencies.findByCode(code).orElseThrow();
    Actor officer = new Actor(null, a.shortName() + "经办人（示例）", Role.OFFICER);
    Actor reviewer = new Actor(null, a.shortName() + "审核人（示例）", Role.REVIEWER);
    Actor leader = new Actor(null, a.shortName() + "负责人（示例）", Role.LEADER);
    List<Category> categories = catalogue.categories(a.id());
    List<Item> ordered = new ArrayList<>(items);
    ordered.sort(Comparator.comparing(Item::published));
    java.util.Map<String, String> numbers = new java.util.HashMap<>();
    java.util.Map<String, Long> ids = new java.util.HashMap<>();
    for (Item i : ordered) {
      PublicationForm f = form(a, categories, i);
      if (i.interpretsTitle() != null) {
        f.setInterpretsIndexNumber(numbers.get(i.interpretsTitle()));
      }
      long id = publications.create(a.id(), officer, f);
      publications.submit(a.id(), id, officer);
      passReview(a.id(), id, reviewer);
      publications.approve(a.id(), id, leader, true, null, i.published());
      numbers.put(i.title(), indexNumber(a.id(), id));
      ids.put(i.title(), id);
    }
    for (Item i : ordered) {
      long id = ids.get(i.title());
      if (i.withdrawReason() != null) {
        publications.withdraw(a.id(), id, leader, i.withdrawReason(), i.published().plusDays(20));
      }
      if (i.updateNote() != null) {
        publications.newVersion(a.id(), id, officer, i.updateNote());
        PublicationForm f = form(a, categories, i);
        f.setBody(body(i) + "<p>咨询电话：0000-1000002（示例号码）。</p>");
        f.setChangeNote(i.updateNote());
        publications.edit(a.id(), id, officer, f);
        publications.submit(a.id(), id, officer);
        passReview(a.id(), id, reviewer);
        publications.approve(a.id(), id, leader, true, null, i.published().plusDays(35));
      }
    }
  }

  /** A draft, one item in review and one awaiting the leader, so the dashboards have work to show. */
  private void inProgress(String code, int y) {
    Agency a = agencies.findByCode(code).orElseThrow();
    Actor officer = new Actor(null, a.shortName() + "经办人（示例）", Role.OFFICER);
    Actor reviewer = new Actor(null, a.shortName() + "审核人（示例）", Role.REVIEWER);
    List<Category> categories = catalogue.categories(a.id());
    int t = y + 1;
    publications.create(a.id(), officer, form(a, categories, n("工作动态", "县卫生健康局开展秋冬季传染病防控督导",
        LocalDate.of(t, 10, 9), null)));
    long review = publications.create(a.id(), officer, form(a, categories, n("通知公告",
        "关于开展" + (t + 1) + "年度医疗机构校验工作的通知", LocalDate.of(t, 11, 16), null)));
    publications.submit(a.id(), review, officer);
    long approval = publications.create(a.id(), officer, form(a, categories, n("传染病疫情信息",
        "示例县" + t + "年10月法定传染病疫情概况", LocalDate.of(t, 11, 17), null)));
    publications.submit(a.id(), approval, officer);
    passReview(a.id(), approval, reviewer);
  }

  private void passReview(long agencyId, long id, Actor reviewer) {
    for (int k = 0; k < ReviewSettings.DEFAULT.size(); k++) {
      publications.review(agencyId, id, reviewer, true, null);
    }
  }

  private String indexNumber(long agencyId, long id) {
    return publications.indexNumberOf(agencyId, id);
  }

  private static PublicationForm form(Agency a, List<Category> categories, Item i) {
    PublicationForm f = new PublicationForm();
    f.setTitle(i.title());
    f.setDocumentNumber(i.docNumber());
    f.setIssuingBody(a.fullName());
    f.setDateWritten(i.written());
    f.setCategoryId(categories.stream().filter(c -> c.name().equals(i.category())).findFirst().orElseThrow().id());
    f.setSubjectWords(i.category());
    f.setBody(body(i));
    f.setValidity(i.docNumber() != null ? Validity.IN_FORCE : Validity.NOT_APPLICABLE);
    return f;
  }

  private static String body(Item i) {
    return "<p>" + i.title() + "。</p><p>为进一步做好" + i.category() + "相关工作，依据《中华人民共和国政府信息公开条例》"
        + "及有关规定，现将有关情况予以公开。</p><p>本信息为演示数据，单位、人员、数字均为虚构。</p>";
  }
}
