package org.gongkai.server.registers;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The document form as bound from the page; {@link DocumentService} checks it. */
class DocumentForm {
  private DocumentKind kind = DocumentKind.NORMATIVE;
  private String number;
  private String title;
  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate issuedOn;
  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate effectiveOn;
  private DocumentStatus status = DocumentStatus.IN_FORCE;
  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate endedOn;
  private String publicationRef;
  private String interpretationRef;

  static DocumentForm of(RegisterDocument d) {
    DocumentForm f = new DocumentForm();
    f.kind = d.kind();
    f.number = d.number();
    f.title = d.title();
    f.issuedOn = d.issuedOn();
    f.effectiveOn = d.effectiveOn();
    f.status = d.status();
    f.endedOn = d.endedOn();
    f.publicationRef = d.publicationRef();
    f.interpretationRef = d.interpretationRef();
    return f;
  }

  DocumentDraft toDraft() {
    return new DocumentDraft(kind, number, title, issuedOn, effectiveOn, status, endedOn, publicationRef,
        interpretationRef);
  }

  public DocumentKind getKind() {
    return kind;
  }

  public void setKind(DocumentKind kind) {
    this.kind = kind;
  }

  public String getNumber() {
    return number;
  }

  public void setNumber(String number) {
    this.number = number;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public LocalDate getIssuedOn() {
    return issuedOn;
  }

  public void setIssuedOn(LocalDate issuedOn) {
    this.issuedOn = issuedOn;
  }

  public LocalDate getEffectiveOn() {
    return effectiveOn;
  }

  public void setEffectiveOn(LocalDate effectiveOn) {
    this.effectiveOn = effectiveOn;
  }

  public DocumentStatus getStatus() {
    return status;
  }

  public void setStatus(DocumentStatus status) {
    this.status = status;
  }

  public LocalDate getEndedOn() {
    return endedOn;
  }

  public void setEndedOn(LocalDate endedOn) {
    this.endedOn = endedOn;
  }

  public String getPublicationRef() {
    return publicationRef;
  }

  public void setPublicationRef(String publicationRef) {
    this.publicationRef = publicationRef;
  }

  public String getInterpretationRef() {
    return interpretationRef;
  }

  public void setInterpretationRef(String interpretationRef) {
    this.interpretationRef = interpretationRef;
  }
}
