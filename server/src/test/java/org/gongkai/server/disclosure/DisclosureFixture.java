package org.gongkai.server.disclosure;

import java.time.LocalDate;
import org.gongkai.server.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/** Lets tests outside the package publish an item through the real workflow. */
@Component
public class DisclosureFixture {
  private final Publications publications;

  @Autowired
  DisclosureFixture(Publications publications) {
    this.publications = publications;
  }

  /** Drafts, reviews and publishes an item in the category on the day (written the day before). */
  public long publish(long agencyId, long categoryId, String title, String body, LocalDate on) {
    PublicationForm f = new PublicationForm();
    f.setTitle(title);
    f.setIssuingBody("测试单位");
    f.setDateWritten(on.minusDays(1));
    f.setCategoryId(categoryId);
    f.setBody(body);
    f.setValidity(Validity.IN_FORCE);
    Actor officer = new Actor(null, "测试经办人", Role.OFFICER);
    long id = publications.create(agencyId, officer, f);
    publications.submit(agencyId, id, officer);
    for (int i = 0; i < ReviewSettings.DEFAULT.size(); i++) {
      publications.review(agencyId, id, new Actor(null, "测试审核人", Role.REVIEWER), true, null);
    }
    publications.approve(agencyId, id, new Actor(null, "测试负责人", Role.LEADER), true, null, on);
    return id;
  }
}
