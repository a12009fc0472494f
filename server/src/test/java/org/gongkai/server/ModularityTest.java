package org.gongkai.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTest {
  private final ApplicationModules modules = ApplicationModules.of(GongkaiApplication.class);

  @Test
  void modulesOnlyTalkThroughTheirPublicApiWithoutCycles() {
    modules.verify();
  }

  @Test
  void everyBusinessAreaIsItsOwnModule() {
    assertThat(modules.stream().map(m -> m.getIdentifier().toString()))
        .contains("agency", "staff", "audit", "portal", "admin", "report", "demo", "shared");
  }
}
