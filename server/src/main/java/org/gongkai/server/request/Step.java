package org.gongkai.server.request;

import org.gongkai.server.shared.Role;

/** A recorded step of the procedure; {@code role} is who may take it ({@code null}: the system or the applicant). */
enum Step {
  REGISTER("登记", null),
  ACCEPT("受理", Role.OFFICER),
  ASK_CORRECTION("告知补正", Role.OFFICER),
  CORRECTION_RECEIVED("收到补正", Role.OFFICER),
  START_CONSULTATION("征求意见", Role.OFFICER),
  END_CONSULTATION("收到意见", Role.OFFICER),
  ISSUE_FEE_NOTICE("发出收费通知", Role.OFFICER),
  FEE_PAID("缴费到账", Role.OFFICER),
  REQUEST_EXTENSION("申请延期", Role.OFFICER),
  APPROVE_EXTENSION("批准延期", Role.LEADER),
  REFUSE_EXTENSION("不同意延期", Role.LEADER),
  SUBMIT_REPLY("提交答复审核", Role.OFFICER),
  APPROVE_REPLY("审核通过并答复", Role.REVIEWER),
  RETURN_REPLY("退回答复", Role.REVIEWER),
  REPLY("答复", Role.OFFICER),
  WITHDRAW("其他方式办结", Role.OFFICER),
  LAPSE_PROPOSED("系统提示逾期", null),
  CONFIRM_LAPSE("确认逾期办结", Role.OFFICER),
  CLOSE("归档办结", Role.OFFICER);

  private final String label;
  private final Role role;

  Step(String label, Role role) {
    this.label = label;
    this.role = role;
  }

  public String label() {
    return label;
  }

  /** Whether the applicant (portal status page, intake platform) sees this step; internal proposals stay hidden. */
  boolean visibleToApplicant() {
    return this != LAPSE_PROPOSED && this != SUBMIT_REPLY && this != RETURN_REPLY && this != REQUEST_EXTENSION
        && this != REFUSE_EXTENSION;
  }

  /** The one role that takes this step, or {@code null} for steps no staff member takes by hand. */
  Role role() {
    return role;
  }
}
