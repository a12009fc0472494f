package org.gongkai.server.disclosure;

import java.time.LocalDate;
import org.gongkai.server.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/** Lets tests outside the package publish an item through the real workflow. */
@Component
public class DisclosureFixture {
  private final Publications publications;
  private final SearchIndex search;

  @Autowired
  DisclosureFixture(Publications publications, SearchIndex search) {
    this.publications = publications;
    this.search = search;
  }

  /**
   * Brings the search index up to date now. The application does so after each commit; tests that run inside a
   * transaction rolled back at their end never commit, so they call this, and the index reads their uncommitted rows
   * through the test's own connection (what it adds for rows rolled back later is dropped at query time, because
   * the database no longer lists them).
   */
  public void indexNow() {
    search.catchUp(java.time.Duration.ofSeconds(10));
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
    indexNow();
    return id;
  }

  /** The leader withdraws the item today. */
  public void withdraw(long agencyId, long id, String reason) {
    publications.withdraw(agencyId, id, new Actor(null, "测试负责人", Role.LEADER), reason);
    indexNow();
  }
}
