package org.gongkai.core.check;

/** A figure a narrative may state that the tables also give. */
enum Topic {
  RECEIVED, CARRIED_OVER, CARRIED_FORWARD, HANDLED,
  GRANTED, PARTLY_GRANTED, GRANTED_OR_PARTLY, WITHHELD, UNABLE, NOT_PROCESSED, OTHERWISE_CLOSED,
  RECONSIDERATION, LITIGATION,
  LICENSING, PENALTY, COERCION,
  NORMATIVE_ISSUED, NORMATIVE_REPEALED, NORMATIVE_IN_FORCE;

  /** Whether the figure is about disclosure requests (table 2), whose sentences must mention 申请. */
  boolean needsRequestContext() {
    return this == RECEIVED || this == HANDLED;
  }

  /** Whether the figure is a count of proactive-disclosure decisions (table 1), where counts of publications are not. */
  boolean proactive() {
    return this == LICENSING || this == PENALTY || this == COERCION;
  }
}
