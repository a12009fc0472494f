package org.gongkai.server.disclosure;

/** The catalogue entry form as posted by the agency admin or officer. */
class CategoryForm {
  private Long parentId;
  private String name;
  private String content;
  private String legalBasis;
  private String timeLimit;
  private String responsibleUnit;
  private String channel;
  private String audience;
  private boolean proactive = true;
  private int position;

  static CategoryForm of(Category c) {
    CategoryForm f = new CategoryForm();
    f.parentId = c.parentId();
    f.name = c.name();
    f.content = c.content();
    f.legalBasis = c.legalBasis();
    f.timeLimit = c.timeLimit();
    f.responsibleUnit = c.responsibleUnit();
    f.channel = c.channel();
    f.audience = c.audience();
    f.proactive = c.proactive();
    f.position = c.position();
    return f;
  }

  public Long getParentId() {
    return parentId;
  }

  public void setParentId(Long parentId) {
    this.parentId = parentId;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getContent() {
    return content;
  }

  public void setContent(String content) {
    this.content = content;
  }

  public String getLegalBasis() {
    return legalBasis;
  }

  public void setLegalBasis(String legalBasis) {
    this.legalBasis = legalBasis;
  }

  public String getTimeLimit() {
    return timeLimit;
  }

  public void setTimeLimit(String timeLimit) {
    this.timeLimit = timeLimit;
  }

  public String getResponsibleUnit() {
    return responsibleUnit;
  }

  public void setResponsibleUnit(String responsibleUnit) {
    this.responsibleUnit = responsibleUnit;
  }

  public String getChannel() {
    return channel;
  }

  public void setChannel(String channel) {
    this.channel = channel;
  }

  public String getAudience() {
    return audience;
  }

  public void setAudience(String audience) {
    this.audience = audience;
  }

  public boolean isProactive() {
    return proactive;
  }

  public void setProactive(boolean proactive) {
    this.proactive = proactive;
  }

  public int getPosition() {
    return position;
  }

  public void setPosition(int position) {
    this.position = position;
  }
}
