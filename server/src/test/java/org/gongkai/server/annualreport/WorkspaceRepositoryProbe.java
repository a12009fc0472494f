package org.gongkai.server.annualreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The annual-report repository exercised on whatever database the caller's context uses (H2 or PostgreSQL). */
public final class WorkspaceRepositoryProbe {
  private WorkspaceRepositoryProbe() {}

  /** Stores, updates and reads back a workspace, an override and an import of the given agency. */
  public static void roundTrip(JdbcClient jdbc, long agencyId) {
    WorkspaceRepository repo = new WorkspaceRepository(jdbc);
    Instant t = Instant.parse("2026-01-10T08:00:00Z");
    assertThat(repo.find(agencyId, 2025)).isEmpty();
    repo.save(new Workspace(agencyId, 2025, Status.DRAFT, Map.of("五", "问题：栏目更新不及时。"), null, null, null, null), t);
    repo.save(new Workspace(agencyId, 2025, Status.SUBMITTED, Map.of("五", "问题：已改进。", "一", "总体"), null, null,
        "officer", null), t);
    Workspace w = repo.find(agencyId, 2025).orElseThrow();
    assertThat(w.status()).isEqualTo(Status.SUBMITTED);
    assertThat(w.narrative()).containsEntry("五", "问题：已改进。").containsEntry("一", "总体").hasSize(2);
    assertThat(w.submittedBy()).isEqualTo("officer");
    assertThat(repo.ofAgency(agencyId)).hasSize(1);

    repo.putOverride(agencyId, 2025, new CellOverride("proactive.licensing", "3", "漏登", "officer", t));
    repo.putOverride(agencyId, 2025, new CellOverride("proactive.licensing", "4", "再次核对", "officer", t));
    assertThat(repo.overrides(agencyId, 2025)).singleElement()
        .satisfies(o -> assertThat(o.value() + o.reason() + o.createdAt()).isEqualTo("4再次核对" + t));
    repo.removeOverride(agencyId, 2025, "proactive.licensing");
    assertThat(repo.overrides(agencyId, 2025)).isEmpty();

    repo.putImported(agencyId, new WorkspaceRepository.Imported(2023, "2023.pdf", "{}", "officer", t));
    assertThat(repo.imported(agencyId, 2023)).hasValueSatisfying(i -> assertThat(i.fileName()).isEqualTo("2023.pdf"));
    assertThat(repo.imported(agencyId, 2022)).isEmpty();
  }
}
