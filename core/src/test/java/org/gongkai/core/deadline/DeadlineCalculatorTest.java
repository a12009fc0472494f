package org.gongkai.core.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.gongkai.core.calendar.WorkingDayCalendar;
import org.junit.jupiter.api.Test;

class DeadlineCalculatorTest {
  private final DeadlineCalculator calculator = DeadlineCalculator.statutory();
  private static final LocalDate RECEIVED = d("2024-09-27");

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  private Deadline reply(RequestTimeline t) {
    return calculator.replyDeadline(t);
  }

  @Test
  void replyIsDueTwentyWorkingDaysAfterReceipt() {
    Deadline d = reply(RequestTimeline.receivedOn(RECEIVED));
    // Fri 09-27 not counted; Sun 09-29 make-up 1; 09-30 2; 10-01..07 off; 10-08..11 3-6; Sat 10-12 make-up 7;
    // 10-14..18 8-12; 10-21..25 13-17; 10-28..30 18-20.
    assertThat(d.due()).isEqualTo(d("2024-10-30"));
    assertThat(d.clockStart()).isEqualTo(RECEIVED);
    // 20 more after 10-30: 10-31, 11-01 (2); 11-04..08 (7); 11-11..15 (12); 11-18..22 (17); 11-25..27 (20).
    assertThat(d.extendedDue()).isEqualTo(d("2024-11-27"));
    // 7 working days: 09-29, 09-30, 10-08, 10-09, 10-10, 10-11, Sat 10-12.
    assertThat(d.correctionNoticeDue()).isEqualTo(d("2024-10-12"));
    assertThat(d.pausedWorkdays()).isZero();
    assertThat(d.warnings()).isEmpty();
    assertThat(d.explanation()).isEqualTo("收到申请之日为2024-09-27（当日不计入），自次日起算20个工作日，答复期限为2024-10-30。"
        + "期间含国庆节假期7天（2024-10-01至2024-10-07）、调休上班2天（2024-09-29、2024-10-12）。"
        + "如经批准延期20个工作日，答复期限为2024-11-27。如需补正，补正通知应在2024-10-12前（含当日）发出。");
  }

  @Test
  void extensionAddsAtMostTwentyWorkingDays() {
    assertThat(reply(RequestTimeline.receivedOn(RECEIVED).withExtension(20)).due()).isEqualTo(d("2024-11-27"));
    // 10 after 10-30: 10-31, 11-01, 11-04..08, 11-11..13.
    Deadline partly = reply(RequestTimeline.receivedOn(RECEIVED).withExtension(10));
    assertThat(partly.due()).isEqualTo(d("2024-11-13"));
    assertThat(partly.extendedDue()).isEqualTo(d("2024-11-27"));
    assertThat(partly.explanation()).contains("经批准延期10个工作日，答复期限为2024-11-13。");
    assertThatThrownBy(() -> reply(RequestTimeline.receivedOn(RECEIVED).withExtension(21)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("延期不能超过20个工作日：21");
  }

  @Test
  void correctionRestartsTheClock() {
    Deadline d = reply(RequestTimeline.receivedOn(RECEIVED).withCorrection(d("2024-10-08"), d("2024-10-09")));
    // From Wed 10-09: 10-10, 10-11 (2); Sat 10-12 make-up (3); 10-14..18 (8); 10-21..25 (13); 10-28..11-01 (18);
    // 11-04 19, 11-05 20.
    assertThat(d.clockStart()).isEqualTo(d("2024-10-09"));
    assertThat(d.due()).isEqualTo(d("2024-11-05"));
    assertThat(d.warnings()).isEmpty();
    assertThat(d.explanation()).startsWith("收到申请之日为2024-09-27，补正后的申请于2024-10-09收到，自其次日重新起算20个工作日");
  }

  @Test
  void aLateCorrectionNoticeIsWarned() {
    Deadline d = reply(RequestTimeline.receivedOn(RECEIVED).withCorrection(d("2024-10-14"), d("2024-10-16")));
    assertThat(d.warnings()).containsExactly("补正通知于2024-10-14发出，晚于应发出的期限2024-10-12");
  }

  @Test
  void answeredConsultationPausesUpToTheAnswer() {
    Pause consult = new Pause(PauseKind.THIRD_PARTY, d("2024-10-08"), d("2024-10-09"), d("2024-10-10"));
    Deadline d = reply(RequestTimeline.receivedOn(RECEIVED).withPause(consult));
    // Paused: 10-09, 10-10 (2). Due 10-30 + 2 working days = 10-31, Fri 11-01.
    assertThat(d.pausedWorkdays()).isEqualTo(2);
    assertThat(d.due()).isEqualTo(d("2024-11-01"));
    assertThat(d.pauses()).singleElement().satisfies(c -> {
      assertThat(c.counted()).isTrue();
      assertThat(c.workdays()).isEqualTo(2);
      // 15 working days after delivery on 10-09: 10-10, 10-11, Sat 10-12, 10-14..18, 10-21..25, 10-28, 10-29.
      assertThat(c.limitEnd()).isEqualTo(d("2024-10-29"));
    });
    assertThat(d.explanation()).contains("中止计算：征求第三方意见（2024-10-08发出，至2024-10-10）2个工作日，共2个工作日不计入。");
  }

  @Test
  void unansweredConsultationPausesUntilItsOwnLimitAndIsWarned() {
    Pause consult = new Pause(PauseKind.OTHER_AGENCY, d("2024-10-08"), d("2024-10-09"), null);
    Deadline d = reply(RequestTimeline.receivedOn(RECEIVED).withPause(consult));
    // Paused 10-09 up to the limit 10-29: 10-09..11 (3), Sat 10-12 (4), 10-14..18 (9), 10-21..25 (14),
    // 10-28, 10-29 (16). Counted before: 09-29, 09-30, 10-08 (3); 17 more after 10-29: 10-30..11-01 (3),
    // 11-04..08 (8), 11-11..15 (13), 11-18..21 (17).
    assertThat(d.pausedWorkdays()).isEqualTo(16);
    assertThat(d.due()).isEqualTo(d("2024-11-21"));
    assertThat(d.warnings()).containsExactly("征求其他机关意见（2024-10-08发出）尚未结束，暂计至其期限届满日2024-10-29");
  }

  @Test
  void aLateAnswerPausesOnlyUntilTheLimit() {
    Pause consult = new Pause(PauseKind.THIRD_PARTY, d("2024-10-08"), d("2024-10-09"), d("2024-11-05"));
    Deadline d = reply(RequestTimeline.receivedOn(RECEIVED).withPause(consult));
    assertThat(d.pausedWorkdays()).isEqualTo(16);
    assertThat(d.due()).isEqualTo(d("2024-11-21"));
    assertThat(d.warnings()).isEmpty();
    assertThat(d.explanation()).contains("征求第三方意见（2024-10-08发出，计至期限届满日2024-10-29）16个工作日");
  }

  @Test
  void feePaymentPausesUntilPaid() {
    Pause fee = new Pause(PauseKind.FEE_PAYMENT, d("2024-10-08"), d("2024-10-10"), d("2024-10-15"));
    Deadline d = reply(RequestTimeline.receivedOn(RECEIVED).withPause(fee));
    // Paused 10-09, 10-10, 10-11, Sat 10-12, 10-14, 10-15 (6). 10-30 + 6: 10-31, 11-01, 11-04..07.
    assertThat(d.pausedWorkdays()).isEqualTo(6);
    assertThat(d.due()).isEqualTo(d("2024-11-07"));
  }

  @Test
  void overlappingPausesCountEachWorkingDayOnce() {
    RequestTimeline t = RequestTimeline.receivedOn(RECEIVED)
        .withPause(Pause.given(d("2024-10-08"), d("2024-10-10")))
        .withPause(Pause.given(d("2024-10-09"), d("2024-10-14")));
    Deadline d = reply(t);
    // Union: after 10-08 up to 10-14 = 10-09, 10-10, 10-11, Sat 10-12, Mon 10-14 (5), not 2 + 4.
    assertThat(d.pausedWorkdays()).isEqualTo(5);
    // 10-30 + 5: 10-31, 11-01, 11-04, 11-05, 11-06.
    assertThat(d.due()).isEqualTo(d("2024-11-06"));
    assertThat(d.explanation()).contains("重叠的日子只计一次，共5个工作日不计入");

    RequestTimeline nested = RequestTimeline.receivedOn(RECEIVED)
        .withPause(Pause.given(d("2024-10-08"), d("2024-10-18")))
        .withPause(Pause.given(d("2024-10-10"), d("2024-10-11")));
    // Union after 10-08 up to 10-18: 10-09..11, Sat 10-12, 10-14..18 (9). 10-30 + 9: 10-31, 11-01, 11-04..08, 11-11, 11-12.
    assertThat(reply(nested).pausedWorkdays()).isEqualTo(9);
    assertThat(reply(nested).due()).isEqualTo(d("2024-11-12"));

    RequestTimeline twice = RequestTimeline.receivedOn(RECEIVED)
        .withPause(Pause.given(d("2024-10-08"), d("2024-10-10")))
        .withPause(Pause.given(d("2024-10-08"), d("2024-10-10")));
    assertThat(reply(twice).pausedWorkdays()).isEqualTo(2);
    assertThat(reply(twice).due()).isEqualTo(d("2024-11-01"));
  }

  @Test
  void aPauseAfterTheDueDateDoesNotMoveIt() {
    Deadline d = reply(RequestTimeline.receivedOn(RECEIVED).withPause(Pause.given(d("2024-11-01"), d("2024-11-05"))));
    assertThat(d.due()).isEqualTo(d("2024-10-30"));
    assertThat(d.pausedWorkdays()).isZero();
    assertThat(d.warnings()).containsExactly("中止计算期间（2024-11-01发出）在答复期限2024-10-30当日或之后发出，未计入");
    // With the longest extension it falls inside: 22 counted up to 11-01; paused 11-04, 11-05; 18 more:
    // 11-06..08 (3), 11-11..15 (8), 11-18..22 (13), 11-25..29 (18).
    assertThat(d.extendedDue()).isEqualTo(d("2024-11-29"));

    // A letter sent on the due date itself pauses only the days after it, which are past the deadline.
    Deadline onDueDate = reply(RequestTimeline.receivedOn(RECEIVED).withPause(Pause.given(d("2024-10-30"), d("2024-11-05"))));
    assertThat(onDueDate.due()).isEqualTo(d("2024-10-30"));
    assertThat(onDueDate.pausedWorkdays()).isZero();
  }

  @Test
  void aPauseEndedBeforeTheRestartedClockIsNotCounted() {
    RequestTimeline t = RequestTimeline.receivedOn(RECEIVED).withCorrection(null, d("2024-10-09"))
        .withPause(Pause.given(d("2024-09-27"), d("2024-10-08")));
    Deadline d = reply(t);
    assertThat(d.due()).isEqualTo(d("2024-11-05"));
    assertThat(d.pausedWorkdays()).isZero();
    assertThat(d.warnings()).containsExactly("中止计算期间（2024-09-27发出）在计时起点2024-10-09之前已结束，未计入");
  }

  @Test
  void aDeadlineInAYearWithoutNoticeCarriesAWarning() {
    Deadline d = reply(RequestTimeline.receivedOn(d("2026-12-25")));
    // 12-28..31 (4); Fri 2027-01-01 counted as a weekday (5); 01-04..08 (10); 01-11..15 (15); 01-18..22 (20).
    assertThat(d.due()).isEqualTo(d("2027-01-22"));
    assertThat(d.warnings()).containsExactly("2027年的节假日安排尚未载入，按周末计算");
  }

  @Test
  void springFestivalDeadline() {
    Deadline d = reply(RequestTimeline.receivedOn(d("2025-01-24")));
    // Sun 01-26 make-up 1; 01-27 2; 01-28..02-04 off; 02-05..07 3-5; Sat 02-08 make-up 6; 02-10..14 7-11;
    // 02-17..21 12-16; 02-24..27 17-20.
    assertThat(d.due()).isEqualTo(d("2025-02-27"));
    assertThat(d.explanation()).contains("含春节假期8天（2025-01-28至2025-02-04）、调休上班2天（2025-01-26、2025-02-08）");
  }

  @Test
  void rulesAreConfigurable() {
    DeadlineRules local = new DeadlineRules(15, 5, 10, 15, 20);
    DeadlineCalculator strict = new DeadlineCalculator(WorkingDayCalendar.official(), local);
    Deadline d = strict.replyDeadline(RequestTimeline.receivedOn(RECEIVED));
    // 15th working day after 09-27: ... 10-21..23 are 13-15.
    assertThat(d.due()).isEqualTo(d("2024-10-23"));
    // 5: 09-29, 09-30, 10-08, 10-09, 10-10.
    assertThat(d.correctionNoticeDue()).isEqualTo(d("2024-10-10"));
    assertThatThrownBy(() -> new DeadlineRules(0, 7, 15, 20, 20)).hasMessage("答复期限应至少为1个工作日：0");
  }

  @Test
  void singleLimits() {
    // Fee notice received Fri 2024-09-27: the day after is the first counted day; 20th is 10-30.
    DueDate fee = calculator.feePaymentDue(RECEIVED);
    assertThat(fee.date()).isEqualTo(d("2024-10-30"));
    assertThat(fee.explanation()).startsWith("申请人收到收费通知之日为2024-09-27（当日不计入），自次日起算20个工作日");
    assertThat(calculator.consultationAnswerDue(d("2024-10-09")).date()).isEqualTo(d("2024-10-29"));
    assertThat(calculator.correctionNoticeDue(RECEIVED).date()).isEqualTo(d("2024-10-12"));
    assertThat(calculator.feePaymentDue(d("2026-12-25")).warnings())
        .containsExactly("2027年的节假日安排尚未载入，按周末计算");
  }

  @Test
  void remainingWorkingDaysForTheQueue() {
    Deadline d = reply(RequestTimeline.receivedOn(RECEIVED));
    // After Fri 10-25: 10-28, 10-29, 10-30.
    assertThat(calculator.remaining(d, d("2024-10-25")))
        .isEqualTo(new Countdown(d("2024-10-25"), d("2024-10-30"), 3, "剩余3个工作日（2024-10-30届满）"));
    assertThat(calculator.remaining(d, d("2024-10-30")).text()).isEqualTo("今日届满");
    // After the due date: 10-31, 11-01.
    Countdown late = calculator.remaining(d, d("2024-11-02"));
    assertThat(late.workdays()).isEqualTo(-2);
    assertThat(late.overdue()).isTrue();
    assertThat(late.text()).isEqualTo("已超期2个工作日（2024-10-30届满）");

    Deadline paused = reply(RequestTimeline.receivedOn(RECEIVED).withPause(Pause.given(d("2024-10-08"), d("2024-10-10"))));
    // Due 11-01. Counted up to 10-09: 09-29, 09-30, 10-08 (10-09 paused) = 3, so 17 remain; 10-10 is paused too.
    assertThat(calculator.remaining(paused, d("2024-10-09")).workdays()).isEqualTo(17);
  }

  @Test
  void rejectsImpossibleTimelines() {
    assertThatThrownBy(() -> RequestTimeline.receivedOn(RECEIVED).withCorrection(null, d("2024-09-26")))
        .hasMessage("收到补正材料日期2024-09-26早于收到申请日期2024-09-27");
    assertThatThrownBy(() -> Pause.given(d("2024-10-10"), d("2024-10-08")))
        .hasMessage("中止计算期间的结束日期2024-10-08早于发出日期2024-10-10");
    assertThatThrownBy(() -> new Pause(PauseKind.THIRD_PARTY, d("2024-10-10"), d("2024-10-09"), null))
        .hasMessage("征求第三方意见的送达日期2024-10-09早于发出日期2024-10-10");
  }
}
