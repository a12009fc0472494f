package org.gongkai.server.appeal;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The case form as bound from the page; {@link CaseService} checks it. */
class CaseForm {
  private String caseNumber;
  private AppealKind kind = AppealKind.RECONSIDERATION;
  private String body;
  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate filedOn;
  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate decidedOn;
  private AppealResult result = AppealResult.PENDING;
  private String requestCode;
  private String summary;

  static CaseForm of(AppealCase c) {
    CaseForm f = new CaseForm();
    f.caseNumber = c.caseNumber();
    f.kind = c.kind();
    f.body = c.body();
    f.filedOn = c.filedOn();
    f.decidedOn = c.decidedOn();
    f.result = c.result();
    f.requestCode = c.requestCode();
    f.summary = c.summary();
    return f;
  }

  CaseDraft toDraft() {
    return new CaseDraft(caseNumber, kind, body, filedOn, decidedOn, result, requestCode, summary);
  }

  public String getCaseNumber() {
    return caseNumber;
  }

  public void setCaseNumber(String caseNumber) {
    this.caseNumber = caseNumber;
  }

  public AppealKind getKind() {
    return kind;
  }

  public void setKind(AppealKind kind) {
    this.kind = kind;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  public LocalDate getFiledOn() {
    return filedOn;
  }

  public void setFiledOn(LocalDate filedOn) {
    this.filedOn = filedOn;
  }

  public LocalDate getDecidedOn() {
    return decidedOn;
  }

  public void setDecidedOn(LocalDate decidedOn) {
    this.decidedOn = decidedOn;
  }

  public AppealResult getResult() {
    return result;
  }

  public void setResult(AppealResult result) {
    this.result = result;
  }

  public String getRequestCode() {
    return requestCode;
  }

  public void setRequestCode(String requestCode) {
    this.requestCode = requestCode;
  }

  public String getSummary() {
    return summary;
  }

  public void setSummary(String summary) {
    this.summary = summary;
  }
}
