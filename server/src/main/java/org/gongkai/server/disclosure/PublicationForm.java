package org.gongkai.server.disclosure;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The publication form as posted by the officer; checked by {@link Publications}. */
class PublicationForm {
  private String title;
  private String documentNumber;
  private String issuingBody;
  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate dateWritten;
  private Long categoryId;
  private String subjectWords;
  private String body;
  private Validity validity = Validity.IN_FORCE;
  private String interpretsIndexNumber;
  private String indexNumber;
  private String changeNote;

  static PublicationForm of(PublicationVersion v, String interpretsIndexNumber) {
    PublicationForm f = new PublicationForm();
    f.title = v.title();
    f.documentNumber = v.documentNumber();
    f.issuingBody = v.issuingBody();
    f.dateWritten = v.dateWritten();
    f.categoryId = v.categoryId();
    f.subjectWords = v.subjectWords();
    f.body = v.bodyHtml();
    f.validity = v.validity();
    f.interpretsIndexNumber = interpretsIndexNumber;
    f.changeNote = v.changeNote();
    return f;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getDocumentNumber() {
    return documentNumber;
  }

  public void setDocumentNumber(String documentNumber) {
    this.documentNumber = documentNumber;
  }

  public String getIssuingBody() {
    return issuingBody;
  }

  public void setIssuingBody(String issuingBody) {
    this.issuingBody = issuingBody;
  }

  public LocalDate getDateWritten() {
    return dateWritten;
  }

  public void setDateWritten(LocalDate dateWritten) {
    this.dateWritten = dateWritten;
  }

  public Long getCategoryId() {
    return categoryId;
  }

  public void setCategoryId(Long categoryId) {
    this.categoryId = categoryId;
  }

  public String getSubjectWords() {
    return subjectWords;
  }

  public void setSubjectWords(String subjectWords) {
    this.subjectWords = subjectWords;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  public Validity getValidity() {
    return validity;
  }

  public void setValidity(Validity validity) {
    this.validity = validity;
  }

  public String getInterpretsIndexNumber() {
    return interpretsIndexNumber;
  }

  public void setInterpretsIndexNumber(String interpretsIndexNumber) {
    this.interpretsIndexNumber = interpretsIndexNumber;
  }

  public String getIndexNumber() {
    return indexNumber;
  }

  public void setIndexNumber(String indexNumber) {
    this.indexNumber = indexNumber;
  }

  public String getChangeNote() {
    return changeNote;
  }

  public void setChangeNote(String changeNote) {
    this.changeNote = changeNote;
  }
}
