package org.gongkai.server.shared;

import java.util.List;

/**
 * A business module's place in the back office: its navigation entries and the tasks waiting for a staff member,
 * shown on the dashboard. Modules implement it as a bean, so the frame needs no change when a module is added.
 */
public interface BackOfficeContributor {
  /** The module's navigation entries visible to this staff member (empty when none). */
  default List<NavItem> navigation(StaffPrincipal me) {
    return List.of();
  }

  /** What waits for this staff member's action in the module (empty when nothing). */
  default List<Task> tasks(StaffPrincipal me) {
    return List.of();
  }

  /** A navigation entry: its Chinese label, its address, and its place among the others (lower first). */
  record NavItem(String label, String href, int order) {}

  /** A task: a Chinese sentence, the page where it is done, and whether it is urgent (overdue, due today). */
  record Task(String text, String href, boolean urgent) {}
}
