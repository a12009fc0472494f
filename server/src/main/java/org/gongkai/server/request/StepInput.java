package org.gongkai.server.request;

import java.time.LocalDate;

/**
 * What an officer enters with a step; which fields matter depends on the step.
 *
 * @param onDate the day the step took effect (sent, received, decided); today when not given
 * @param secondDate the correction deadline given, or the day a letter or fee notice was received
 * @param number extension working days, the request's number in the month (by count) or pages (by volume)
 * @param code the outcome code, the consultation kind (THIRD_PARTY, OTHER_AGENCY) or the fee method
 * @param basis the legal basis of a reply
 * @param text what to correct, whom consulted, why, or what the reply explains
 * @param document an optional scanned or signed document
 */
record StepInput(LocalDate onDate, LocalDate secondDate, Integer number, String code, String basis, String text,
    Upload document) {

  static StepInput on(LocalDate day) {
    return new StepInput(day, null, null, null, null, null, null);
  }
}
