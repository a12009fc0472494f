package org.gongkai.server.request;

import java.util.Arrays;
import java.util.List;
import org.gongkai.server.shared.Role;

/**
 * The procedure's rules: which step a role may take in which situation, and the state it leads to. Pure, so the
 * tests can walk every step × role × state.
 */
final class StateMachine {
  private StateMachine() {}

  /** What decides the allowed steps besides the state. */
  record Situation(RequestState state, Pending pending, boolean lapseProposed, boolean correctionAsked,
      boolean extended, boolean replyReview) {}

  /** A proposal waiting for another role's decision. */
  enum Pending { EXTENSION, REPLY }

  /** Whether {@code role} may take {@code step} now. */
  static boolean allowed(Step step, Role role, Situation s) {
    return step.role() != null && step.role() == role && possible(step, s);
  }

  /** The steps {@code role} may take now, in the order of {@link Step}. */
  static List<Step> allowedSteps(Role role, Situation s) {
    return Arrays.stream(Step.values()).filter(step -> allowed(step, role, s)).toList();
  }

  /** Whether the step fits the situation, regardless of who takes it. */
  static boolean possible(Step step, Situation s) {
    RequestState st = s.state();
    boolean free = s.pending() == null;
    return switch (step) {
      case REGISTER -> false;
      case ACCEPT -> st == RequestState.REGISTERED;
      case ASK_CORRECTION -> (st == RequestState.REGISTERED || st == RequestState.IN_PROGRESS)
          && !s.correctionAsked() && free;
      case CORRECTION_RECEIVED -> st == RequestState.AWAITING_CORRECTION;
      case START_CONSULTATION, ISSUE_FEE_NOTICE -> st.working() && free;
      case END_CONSULTATION -> st == RequestState.CONSULTING;
      case FEE_PAID -> st == RequestState.AWAITING_FEE;
      case REQUEST_EXTENSION -> (st == RequestState.REGISTERED || st == RequestState.IN_PROGRESS)
          && !s.extended() && free;
      case APPROVE_EXTENSION, REFUSE_EXTENSION -> s.pending() == Pending.EXTENSION;
      case SUBMIT_REPLY -> st.working() && free && s.replyReview();
      case REPLY -> st.working() && free && !s.replyReview();
      case APPROVE_REPLY, RETURN_REPLY -> s.pending() == Pending.REPLY;
      case WITHDRAW -> st.open();
      case LAPSE_PROPOSED -> (st == RequestState.AWAITING_CORRECTION || st == RequestState.AWAITING_FEE)
          && !s.lapseProposed();
      case CONFIRM_LAPSE -> s.lapseProposed()
          && (st == RequestState.AWAITING_CORRECTION || st == RequestState.AWAITING_FEE);
      case CLOSE -> st == RequestState.REPLIED;
    };
  }

  /** The state after the step. */
  static RequestState after(Step step, Situation s) {
    RequestState resumed = s.extended() ? RequestState.EXTENDED : RequestState.IN_PROGRESS;
    return switch (step) {
      case REGISTER -> RequestState.REGISTERED;
      case ACCEPT, CORRECTION_RECEIVED -> RequestState.IN_PROGRESS;
      case ASK_CORRECTION -> RequestState.AWAITING_CORRECTION;
      case START_CONSULTATION -> RequestState.CONSULTING;
      case ISSUE_FEE_NOTICE -> RequestState.AWAITING_FEE;
      case END_CONSULTATION, FEE_PAID -> resumed;
      case APPROVE_EXTENSION -> RequestState.EXTENDED;
      case REQUEST_EXTENSION, REFUSE_EXTENSION, SUBMIT_REPLY, RETURN_REPLY, LAPSE_PROPOSED -> s.state();
      case REPLY, APPROVE_REPLY -> RequestState.REPLIED;
      case WITHDRAW, CONFIRM_LAPSE, CLOSE -> RequestState.CLOSED;
    };
  }
}
