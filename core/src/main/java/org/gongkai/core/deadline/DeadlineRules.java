package org.gongkai.core.deadline;

/**
 * The time limits in working days, with the statutory values as defaults; an agency bound by a stricter local
 * rule can shorten them.
 *
 * @param replyWorkdays reply period after receipt (Art. 33: 20)
 * @param correctionNoticeWorkdays period for telling the applicant what to correct (Art. 30: 7)
 * @param consultationWorkdays period a consulted third party or agency has to answer (Art. 32, 34: 15)
 * @param maxExtensionWorkdays the longest approved extension (Art. 33: 20)
 * @param feePaymentWorkdays period for paying a fee, counted from the day after the notice is received
 *     (国办函〔2020〕109号: 20)
 */
public record DeadlineRules(int replyWorkdays, int correctionNoticeWorkdays, int consultationWorkdays,
    int maxExtensionWorkdays, int feePaymentWorkdays) {
  public DeadlineRules {
    positive(replyWorkdays, "答复期限");
    positive(correctionNoticeWorkdays, "补正通知期限");
    positive(consultationWorkdays, "征求意见期限");
    positive(feePaymentWorkdays, "缴费期限");
    if (maxExtensionWorkdays < 0) {
      throw new IllegalArgumentException("延期上限不能为负数：" + maxExtensionWorkdays);
    }
  }

  /** The limits of the Regulations and 国办函〔2020〕109号: 20, 7, 15, 20 and 20 working days. */
  public static DeadlineRules statutory() {
    return new DeadlineRules(20, 7, 15, 20, 20);
  }

  private static void positive(int workdays, String what) {
    if (workdays < 1) {
      throw new IllegalArgumentException(what + "应至少为1个工作日：" + workdays);
    }
  }
}
