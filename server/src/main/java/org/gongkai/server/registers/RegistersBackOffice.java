package org.gongkai.server.registers;

import org.gongkai.server.agency.AgencyWork;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gongkai.server.shared.BackOfficeContributor;
import org.gongkai.server.shared.StaffPrincipal;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The registers' navigation entry and the documents due for a cleanup review on the agency staff's dashboard. */
@Component
class RegistersBackOffice implements BackOfficeContributor {
  private final DocumentService documents;
  private final MessageSource messages;

  RegistersBackOffice(DocumentService documents, MessageSource messages) {
    this.documents = documents;
    this.messages = messages;
  }

  @Override
  public List<NavItem> navigation(StaffPrincipal me) {
    return List.of(new NavItem(text("registers.nav"), "/admin/registers", 300));
  }

  @Override
  public List<Task> tasks(StaffPrincipal me) {
    if (me.agencyId() == null || !AgencyWork.editor(me)) {
      return List.of();
    }
    List<Task> out = new ArrayList<>();
    int due = documents.dueForReview(me.agencyId()).size();
    if (due > 0) {
      out.add(new Task(text("registers.task.review", due, documents.reviewYears()),
          "/admin/registers/" + me.agencyId() + "/cleanups/new", false));
    }
    return out;
  }

  private String text(String key, Object... args) {
    return messages.getMessage(key, args, Locale.CHINA);
  }
}
