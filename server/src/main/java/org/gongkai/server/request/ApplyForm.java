package org.gongkai.server.request;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/** The application form (portal and back-office registration) as bound from the request, with its rules. */
class ApplyForm {
  @NotNull(message = "{request.kind.required}")
  private ApplicantKind kind = ApplicantKind.NATURAL;
  @NotBlank(message = "{request.name.required}")
  @Size(max = 100, message = "{request.tooLong}")
  private String name = "";
  @Size(max = 50, message = "{request.tooLong}")
  private String contactPerson = "";
  @NotNull(message = "{request.idType.required}")
  private IdType idType = IdType.ID_CARD;
  @NotBlank(message = "{request.idNumber.required}")
  @Size(max = 40, message = "{request.tooLong}")
  private String idNumber = "";
  @NotBlank(message = "{request.phone.required}")
  @Pattern(regexp = "[0-9+\\- ]{7,20}", message = "{request.phone.pattern}")
  private String phone = "";
  @Size(max = 200, message = "{request.tooLong}")
  private String address = "";
  @Email(message = "{request.email.pattern}")
  @Size(max = 100, message = "{request.tooLong}")
  private String email = "";
  @Pattern(regexp = "([0-9]{6})?", message = "{request.postcode.pattern}")
  private String postcode = "";
  @NotBlank(message = "{request.description.required}")
  @Size(max = 4000, message = "{request.tooLong}")
  private String description = "";
  @Size(max = 1000, message = "{request.tooLong}")
  private String purpose = "";
  @NotNull(message = "{request.form.required}")
  private ProvisionForm provisionForm = ProvisionForm.ELECTRONIC;
  @NotNull(message = "{request.delivery.required}")
  private Delivery delivery = Delivery.EMAIL;
  private String token = "";
  private Channel channel = Channel.ONLINE;
  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate receivedOn;

  /** The rules across fields: organisations name a contact, an ID card has 18 characters, delivery needs its data. */
  void check(Errors errors) {
    if (kind != null && kind.organisation() && blank(contactPerson)) {
      errors.rejectValue("contactPerson", "request.contactPerson.required");
    }
    if (idType == IdType.ID_CARD && !blank(idNumber) && !idNumber.strip().matches("[0-9]{17}[0-9Xx]")) {
      errors.rejectValue("idNumber", "request.idNumber.idCard");
    }
    if (idType == IdType.CREDIT_CODE && !blank(idNumber) && !idNumber.strip().matches("[0-9A-HJ-NPQRTUWXY]{18}")) {
      errors.rejectValue("idNumber", "request.idNumber.creditCode");
    }
    if (delivery == Delivery.EMAIL && blank(email)) {
      errors.rejectValue("email", "request.email.required");
    }
    if (delivery == Delivery.POST && blank(address)) {
      errors.rejectValue("address", "request.address.required");
    }
  }

  NewRequest toNew(long agencyId, Channel ch, LocalDate received, String idempotency) {
    return new NewRequest(agencyId, ch, received, kind, name.strip(), opt(contactPerson), idType,
        idNumber.strip().toUpperCase(), phone.strip(), opt(address), opt(email), opt(postcode), description.strip(),
        opt(purpose), provisionForm, delivery, idempotency, null);
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static String opt(String s) {
    return blank(s) ? null : s.strip();
  }

  public ApplicantKind getKind() {
    return kind;
  }

  public void setKind(ApplicantKind kind) {
    this.kind = kind;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getContactPerson() {
    return contactPerson;
  }

  public void setContactPerson(String contactPerson) {
    this.contactPerson = contactPerson;
  }

  public IdType getIdType() {
    return idType;
  }

  public void setIdType(IdType idType) {
    this.idType = idType;
  }

  public String getIdNumber() {
    return idNumber;
  }

  public void setIdNumber(String idNumber) {
    this.idNumber = idNumber;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPostcode() {
    return postcode;
  }

  public void setPostcode(String postcode) {
    this.postcode = postcode;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getPurpose() {
    return purpose;
  }

  public void setPurpose(String purpose) {
    this.purpose = purpose;
  }

  public ProvisionForm getProvisionForm() {
    return provisionForm;
  }

  public void setProvisionForm(ProvisionForm provisionForm) {
    this.provisionForm = provisionForm;
  }

  public Delivery getDelivery() {
    return delivery;
  }

  public void setDelivery(Delivery delivery) {
    this.delivery = delivery;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public Channel getChannel() {
    return channel;
  }

  public void setChannel(Channel channel) {
    this.channel = channel;
  }

  public LocalDate getReceivedOn() {
    return receivedOn;
  }

  public void setReceivedOn(LocalDate receivedOn) {
    this.receivedOn = receivedOn;
  }
}
