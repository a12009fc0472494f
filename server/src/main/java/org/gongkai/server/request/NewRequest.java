package org.gongkai.server.request;

import java.time.LocalDate;

/** What registration needs, with the personal data still in clear text. */
record NewRequest(long agencyId, Channel channel, LocalDate receivedOn, ApplicantKind applicantKind,
    String applicantName, String contactPerson, IdType idType, String idNumber, String phone, String address,
    String email, String postcode, String description, String purpose, ProvisionForm provisionForm,
    Delivery delivery, String idempotencyToken, String platformRef) {}
