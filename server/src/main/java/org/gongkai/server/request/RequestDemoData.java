package org.gongkai.server.request;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.gongkai.core.report.RequestRow;
import org.gongkai.server.agency.AgencyApi;
import org.gongkai.server.shared.DemoDataLoaded;
import org.gongkai.server.shared.Role;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Demo requests for 示例县卫生健康局 over the last two years: replied with various outcomes, one withdrawn, and a
 * few still open (in progress, awaiting correction, consulting). All names and numbers are invented.
 */
@Component
class RequestDemoData {
  private static final String[] NAMES = {"张某某", "李某", "王某某", "赵某", "示例商贸有限公司", "示例大学公共卫生研究所",
      "示例公益基金会", "示例律师事务所", "示例村民委员会"};
  private static final ApplicantKind[] KINDS = {ApplicantKind.NATURAL, ApplicantKind.NATURAL, ApplicantKind.NATURAL,
      ApplicantKind.NATURAL, ApplicantKind.COMMERCIAL, ApplicantKind.RESEARCH, ApplicantKind.NONPROFIT,
      ApplicantKind.LEGAL, ApplicantKind.OTHER};
  private static final String[] TOPICS = {"本县2023年度医疗机构执业许可名单", "某社区卫生服务中心建设项目的审批文件",
      "本县传染病防控专项经费使用情况", "某医院行政处罚决定书", "本县家庭医生签约服务考核结果",
      "本局2024年部门预算中的公务接待费明细", "某诊所的卫生监督检查记录"};
  private static final RequestRow[] OUTCOMES = {RequestRow.R3_1, RequestRow.R3_1, RequestRow.R3_1, RequestRow.R3_2,
      RequestRow.R3_3_4, RequestRow.R3_3_6, RequestRow.R3_4_1, RequestRow.R3_4_1, RequestRow.R3_4_2,
      RequestRow.R3_5_1, RequestRow.R3_5_2};

  private final AgencyApi agencies;
  private final RequestService service;

  RequestDemoData(AgencyApi agencies, RequestService service) {
    this.agencies = agencies;
    this.service = service;
  }

  @EventListener
  void on(DemoDataLoaded event) {
    long agency = agencies.findByCode("shixian-wjj").orElseThrow().id();
    Random random = new Random(20260101L);
    LocalDate today = service.today();
    LocalDate start = LocalDate.of(event.lastYear() - 1, 1, 8);
    RequestService.Actor officer = new RequestService.Actor("wjj-officer", Role.OFFICER, agency);
    int n = 0;
    for (LocalDate day = start; day.isBefore(today.minusDays(45)); day = day.plusDays(11 + random.nextInt(14))) {
      LocalDate received = workday(day);
      long id = register(agency, received, n++, random);
      LocalDate reply = workday(received.plusDays(10 + random.nextInt(14)));
      act(id, Step.ACCEPT, StepInput.on(received), officer);
      if (n % 9 == 0) {
        act(id, Step.WITHDRAW, new StepInput(reply, null, null, null, null, "申请人来电撤回申请", null), officer);
        continue;
      }
      if (n % 7 == 0) {
        LocalDate sent = workday(received.plusDays(3));
        act(id, Step.START_CONSULTATION, new StepInput(sent, null, null, "THIRD_PARTY", null, "示例医疗器械有限公司", null),
            officer);
        act(id, Step.END_CONSULTATION, new StepInput(workday(sent.plusDays(9)), null, null, null, null,
            "第三方书面同意公开", null), officer);
        reply = workday(sent.plusDays(16));
      }
      RequestRow outcome = OUTCOMES[random.nextInt(OUTCOMES.length)];
      act(id, Step.REPLY, new StepInput(reply, null, null, outcome.code(), Outcomes.defaultBasis(outcome),
          "经审查，依法作出答复。", null), officer);
      act(id, Step.CLOSE, StepInput.on(reply), officer);
    }
    // Still open: one just registered, one awaiting correction, one in consultation.
    register(agency, workday(today.minusDays(3)), n++, random);
    long corr = register(agency, workday(today.minusDays(6)), n++, random);
    act(corr, Step.ASK_CORRECTION, new StepInput(workday(today.minusDays(5)), workday(today.plusDays(10)), null, null,
        null, "请说明所需信息的具体年份和医疗机构名称", null), officer);
    long cons = register(agency, workday(today.minusDays(12)), n, random);
    act(cons, Step.ACCEPT, StepInput.on(workday(today.minusDays(12))), officer);
    act(cons, Step.START_CONSULTATION, new StepInput(workday(today.minusDays(8)), null, null, "OTHER_AGENCY", null,
        "示例县市场监督管理局", null), officer);
  }

  private long register(long agency, LocalDate received, int n, Random random) {
    int who = random.nextInt(NAMES.length);
    ApplicantKind kind = KINDS[who];
    NewRequest r = new NewRequest(agency, n % 3 == 0 ? Channel.LETTER : Channel.ONLINE, received, kind, NAMES[who],
        kind.organisation() ? "刘某" : null, kind.organisation() ? IdType.CREDIT_CODE : IdType.ID_CARD,
        kind.organisation() ? "91000000MA0000000" + (n % 10) : "11010119900101" + String.format("%04d", 1000 + n),
        "1380000" + String.format("%04d", n), "示例县示例路" + (n + 1) + "号", "demo" + n + "@example.org", null,
        TOPICS[random.nextInt(TOPICS.length)], null, ProvisionForm.ELECTRONIC, Delivery.EMAIL, null, null);
    return service.register(r, List.of(), new RequestService.Actor("demo", null, agency)).id();
  }

  private void act(long id, Step step, StepInput in, RequestService.Actor officer) {
    LocalDate on = in.onDate().isAfter(service.today()) ? service.today() : in.onDate();
    service.act(id, step, new StepInput(on, in.secondDate(), in.number(), in.code(), in.basis(), in.text(),
        in.document()), officer);
  }

  private static LocalDate workday(LocalDate d) {
    LocalDate x = d;
    while (x.getDayOfWeek() == DayOfWeek.SATURDAY || x.getDayOfWeek() == DayOfWeek.SUNDAY) {
      x = x.plusDays(1);
    }
    return x;
  }
}
