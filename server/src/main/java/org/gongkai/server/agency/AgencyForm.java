package org.gongkai.server.agency;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The agency form as bound from the request, with its validation rules. */
class AgencyForm {
  @NotBlank(message = "{agency.code.required}")
  @Pattern(regexp = "[a-z0-9][a-z0-9-]{1,39}", message = "{agency.code.pattern}")
  private String code = "";
  @NotBlank(message = "{agency.fullName.required}")
  @Size(max = 100, message = "{field.tooLong}")
  private String fullName = "";
  @NotBlank(message = "{agency.shortName.required}")
  @Size(max = 40, message = "{field.tooLong}")
  private String shortName = "";
  @NotNull(message = "{agency.kind.required}")
  private AgencyKind kind = AgencyKind.DEPARTMENT;
  @NotNull(message = "{agency.region.required}")
  private Long regionId;
  @Size(max = 200, message = "{field.tooLong}")
  private String address = "";
  @Size(max = 40, message = "{field.tooLong}")
  private String phone = "";
  @Email(message = "{field.email}")
  @Size(max = 100, message = "{field.tooLong}")
  private String email = "";
  @Pattern(regexp = "(https?://\\S{1,190})?", message = "{field.url}")
  private String portalUrl = "";
  @Size(max = 200, message = "{field.tooLong}")
  private String officeHours = "";
  @Size(max = 4000, message = "{field.tooLong}")
  private String guide = "";

  static AgencyForm of(Agency a) {
    AgencyForm f = new AgencyForm();
    f.code = a.code();
    f.fullName = a.fullName();
    f.shortName = a.shortName();
    f.kind = a.kind();
    f.regionId = a.regionId();
    f.address = a.address();
    f.phone = a.phone();
    f.email = a.email();
    f.portalUrl = a.portalUrl();
    f.officeHours = a.officeHours();
    f.guide = a.guide();
    return f;
  }

  /** Keeps the agency's identity (code, kind, region) as it is: only the system administrator changes it. */
  void keepIdentityOf(Agency a) {
    code = a.code();
    kind = a.kind();
    regionId = a.regionId();
  }

  AgencyDraft toDraft() {
    return new AgencyDraft(code, fullName, shortName, kind, regionId, address, phone, email, portalUrl, officeHours,
        guide);
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getFullName() {
    return fullName;
  }

  public void setFullName(String fullName) {
    this.fullName = fullName;
  }

  public String getShortName() {
    return shortName;
  }

  public void setShortName(String shortName) {
    this.shortName = shortName;
  }

  public AgencyKind getKind() {
    return kind;
  }

  public void setKind(AgencyKind kind) {
    this.kind = kind;
  }

  public Long getRegionId() {
    return regionId;
  }

  public void setRegionId(Long regionId) {
    this.regionId = regionId;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPortalUrl() {
    return portalUrl;
  }

  public void setPortalUrl(String portalUrl) {
    this.portalUrl = portalUrl;
  }

  public String getOfficeHours() {
    return officeHours;
  }

  public void setOfficeHours(String officeHours) {
    this.officeHours = officeHours;
  }

  public String getGuide() {
    return guide;
  }

  public void setGuide(String guide) {
    this.guide = guide;
  }
}
