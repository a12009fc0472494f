package org.gongkai.server.request;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.gongkai.server.shared.AuditEvent;

/** The one way to personal data in clear text: masked for everyone, unmasked only with an audit entry. */
@Component
class PersonalData {
  private final Sm4Cipher cipher;
  private final ApplicationEventPublisher events;

  PersonalData(Sm4Cipher cipher, ApplicationEventPublisher events) {
    this.cipher = cipher;
    this.events = events;
  }

  /** An applicant's contact details as shown. */
  record Person(String name, String contactPerson, String idType, String idNumber, String phone, String address,
      String email, String postcode, boolean revealed) {}

  RequestRepository.Encrypted encrypt(IdType idType, String idNumber, String phone, String address) {
    return new RequestRepository.Encrypted(cipher.encrypt(idNumber), cipher.encrypt(phone), cipher.encrypt(address),
        applicant(idType, idNumber));
  }

  /**
   * Who the applicant is, for counting an applicant's requests (fees by count): a fingerprint of the identity document's
   * kind and number, spaces dropped and letters in upper case (a typed 11010119900101123x is the same person as
   * 11010119900101123X); {@code null} without a number.
   */
  String applicant(IdType idType, String idNumber) {
    if (idNumber == null || idNumber.isBlank()) {
      return null;
    }
    String number = idNumber.replaceAll("[\\s\u3000]", "").toUpperCase(java.util.Locale.ROOT);
    return cipher.fingerprint((idType == null ? "" : idType.name()) + ":" + number);
  }

  /** The fingerprint from a stored, encrypted number (requests registered before fingerprints existed). */
  String applicantFromStored(IdType idType, String idNumberEnc) {
    return applicant(idType, cipher.decrypt(idNumberEnc));
  }

  String encryptSecret(String secret) {
    return cipher.encrypt(secret);
  }

  String decryptSecret(DisclosureRequest r) {
    return cipher.decrypt(r.secretEnc());
  }

  Person masked(DisclosureRequest r) {
    return new Person(r.applicantName(), r.contactPerson(), r.idType().label(),
        Masking.idNumber(cipher.decrypt(r.idNumberEnc())), Masking.phone(cipher.decrypt(r.phoneEnc())),
        Masking.address(cipher.decrypt(r.addressEnc())), Masking.email(r.email()), r.postcode(), false);
  }

  /**
   * The clear text for a comparison inside the application (a repeated platform submission), never shown to anyone,
   * so no audit entry.
   */
  Person clearForComparison(DisclosureRequest r) {
    return new Person(r.applicantName(), r.contactPerson(), r.idType().label(), cipher.decrypt(r.idNumberEnc()),
        cipher.decrypt(r.phoneEnc()), cipher.decrypt(r.addressEnc()), r.email(), r.postcode(), false);
  }

  /** The clear text; writes the view to the audit log with {@code why}. */
  Person revealed(DisclosureRequest r, String why) {
    events.publishEvent(AuditEvent.of(r.agencyId(), "request.reveal", "request:" + r.id(), why));
    return new Person(r.applicantName(), r.contactPerson(), r.idType().label(), cipher.decrypt(r.idNumberEnc()),
        cipher.decrypt(r.phoneEnc()), cipher.decrypt(r.addressEnc()), r.email(), r.postcode(), true);
  }
}
