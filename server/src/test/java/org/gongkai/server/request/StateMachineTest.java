package org.gongkai.server.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.server.request.RequestState.*;
import static org.gongkai.server.request.Step.*;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.gongkai.server.shared.Role;
import org.junit.jupiter.api.Test;

/** Every step × every role × every state, against tables written out by hand. */
class StateMachineTest {

  private static StateMachine.Situation plain(RequestState s) {
    return new StateMachine.Situation(s, null, false, false, s == EXTENDED, false);
  }

  /** What an officer may do with no approval pending, review off, no correction asked yet. */
  private static final Map<RequestState, Set<Step>> OFFICER = Map.of(
      REGISTERED, EnumSet.of(ACCEPT, ASK_CORRECTION, START_CONSULTATION, ISSUE_FEE_NOTICE, REQUEST_EXTENSION, REPLY,
          WITHDRAW),
      AWAITING_CORRECTION, EnumSet.of(CORRECTION_RECEIVED, WITHDRAW),
      IN_PROGRESS, EnumSet.of(ASK_CORRECTION, START_CONSULTATION, ISSUE_FEE_NOTICE, REQUEST_EXTENSION, REPLY, WITHDRAW),
      CONSULTING, EnumSet.of(END_CONSULTATION, WITHDRAW),
      AWAITING_FEE, EnumSet.of(FEE_PAID, WITHDRAW),
      EXTENDED, EnumSet.of(START_CONSULTATION, ISSUE_FEE_NOTICE, REPLY, WITHDRAW),
      REPLIED, EnumSet.of(CLOSE),
      CLOSED, EnumSet.noneOf(Step.class));

  @Test
  void inThePlainSituationOnlyTheOfficerActsAndExactlyAsTheTableSays() {
    for (RequestState state : RequestState.values()) {
      for (Role role : Role.values()) {
        Set<Step> expected = role == Role.OFFICER ? OFFICER.get(state) : Set.of();
        for (Step step : Step.values()) {
          assertThat(StateMachine.allowed(step, role, plain(state)))
              .as(step + " by " + role + " in " + state).isEqualTo(expected.contains(step));
        }
      }
    }
  }

  @Test
  void aPendingExtensionIsDecidedByTheLeaderOnlyAndBlocksTheOfficersOtherSteps() {
    StateMachine.Situation s = new StateMachine.Situation(IN_PROGRESS, StateMachine.Pending.EXTENSION, false, false,
        false, false);
    assertThat(StateMachine.allowedSteps(Role.LEADER, s)).containsExactly(APPROVE_EXTENSION, REFUSE_EXTENSION);
    assertThat(StateMachine.allowedSteps(Role.OFFICER, s)).containsExactly(WITHDRAW);
    for (Role r : EnumSet.complementOf(EnumSet.of(Role.LEADER, Role.OFFICER))) {
      assertThat(StateMachine.allowedSteps(r, s)).as(r.name()).isEmpty();
    }
    assertThat(StateMachine.after(APPROVE_EXTENSION, s)).isEqualTo(EXTENDED);
    assertThat(StateMachine.after(REFUSE_EXTENSION, s)).isEqualTo(IN_PROGRESS);
  }

  @Test
  void withReplyReviewTheOfficerSubmitsAndOnlyTheReviewerIssues() {
    StateMachine.Situation review = new StateMachine.Situation(IN_PROGRESS, null, false, false, false, true);
    assertThat(StateMachine.allowedSteps(Role.OFFICER, review)).contains(SUBMIT_REPLY).doesNotContain(REPLY);
    StateMachine.Situation pending = new StateMachine.Situation(IN_PROGRESS, StateMachine.Pending.REPLY, false,
        false, false, true);
    assertThat(StateMachine.allowedSteps(Role.REVIEWER, pending)).containsExactly(APPROVE_REPLY, RETURN_REPLY);
    assertThat(StateMachine.allowedSteps(Role.LEADER, pending)).isEmpty();
    assertThat(StateMachine.allowedSteps(Role.OFFICER, pending)).containsExactly(WITHDRAW);
    assertThat(StateMachine.after(APPROVE_REPLY, pending)).isEqualTo(REPLIED);
  }

  @Test
  void correctionIsAskedOnceAndALapseIsConfirmedByTheOfficer() {
    StateMachine.Situation corrected = new StateMachine.Situation(IN_PROGRESS, null, false, true, false, false);
    assertThat(StateMachine.allowedSteps(Role.OFFICER, corrected)).doesNotContain(ASK_CORRECTION);
    StateMachine.Situation lapsed = new StateMachine.Situation(AWAITING_CORRECTION, null, true, true, false, false);
    assertThat(StateMachine.allowedSteps(Role.OFFICER, lapsed))
        .containsExactly(CORRECTION_RECEIVED, WITHDRAW, CONFIRM_LAPSE);
    assertThat(StateMachine.possible(LAPSE_PROPOSED, lapsed)).isFalse();
    assertThat(StateMachine.possible(LAPSE_PROPOSED, plain(AWAITING_FEE))).isTrue();
    assertThat(StateMachine.after(CONFIRM_LAPSE, lapsed)).isEqualTo(CLOSED);
  }

  @Test
  void pausesReturnToTheStateBeforeThem() {
    StateMachine.Situation extended = new StateMachine.Situation(CONSULTING, null, false, false, true, false);
    assertThat(StateMachine.after(END_CONSULTATION, extended)).isEqualTo(EXTENDED);
    assertThat(StateMachine.after(FEE_PAID, plain(AWAITING_FEE))).isEqualTo(IN_PROGRESS);
    assertThat(StateMachine.after(ASK_CORRECTION, plain(REGISTERED))).isEqualTo(AWAITING_CORRECTION);
    assertThat(StateMachine.after(CORRECTION_RECEIVED, plain(AWAITING_CORRECTION))).isEqualTo(IN_PROGRESS);
    assertThat(StateMachine.after(WITHDRAW, plain(CONSULTING))).isEqualTo(CLOSED);
  }
}
