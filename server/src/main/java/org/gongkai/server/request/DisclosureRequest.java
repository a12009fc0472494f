package org.gongkai.server.request;

import java.time.Instant;
import java.time.LocalDate;
import org.gongkai.core.report.RequestRow;

/**
 * One disclosure request as stored; the identity number, phone and address are SM4 ciphertext here and only
 * {@link PersonalData} turns them into text.
 */
record DisclosureRequest(long id, long agencyId, int numberYear, int numberSeq, String trackingCode,
    String secretEnc, Channel channel, LocalDate receivedOn, ApplicantKind applicantKind, String applicantName,
    String contactPerson, IdType idType, String idNumberEnc, String phoneEnc, String addressEnc, String email,
    String postcode, String description, String purpose, ProvisionForm provisionForm, Delivery delivery,
    RequestState state, StateMachine.Pending pending, Integer pendingWorkdays, RequestRow pendingOutcome,
    String pendingNote, RequestRow lapseOutcome, LocalDate lapseSince, RequestRow outcome, String outcomeBasis,
    LocalDate outcomeOn, Instant createdAt) {

  /** The agency's register number, e.g. 〔2025〕12号. */
  public String number() {
    return "〔" + numberYear + "〕" + numberSeq + "号";
  }
}
