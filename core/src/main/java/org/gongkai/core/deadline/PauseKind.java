package org.gongkai.core.deadline;

import java.util.OptionalInt;

/** Why the reply clock stops; each kind but {@link #GIVEN} ends at the latest when its own time limit ends. */
public enum PauseKind {
  /** Written consultation of a third party (Art. 32). */
  THIRD_PARTY("征求第三方意见"),
  /** Consultation of another agency on jointly made information (Art. 34). */
  OTHER_AGENCY("征求其他机关意见"),
  /** Waiting for the applicant to pay an information-processing fee. */
  FEE_PAYMENT("等待缴纳信息处理费"),
  /** A period given as it is, without a time limit of its own (e.g. from the command line). */
  GIVEN("中止计算期间");

  private final String label;

  PauseKind(String label) {
    this.label = label;
  }

  /** The Chinese name for officers. */
  public String label() {
    return label;
  }

  /** The pause's own time limit in working days after the addressee receives the letter, if it has one. */
  public OptionalInt limitWorkdays(DeadlineRules rules) {
    return switch (this) {
      case THIRD_PARTY, OTHER_AGENCY -> OptionalInt.of(rules.consultationWorkdays());
      case FEE_PAYMENT -> OptionalInt.of(rules.feePaymentWorkdays());
      case GIVEN -> OptionalInt.empty();
    };
  }
}
