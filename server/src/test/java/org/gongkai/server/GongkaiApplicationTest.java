package org.gongkai.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class GongkaiApplicationTest {

  @Test
  void shortOptionsBecomeSpringProperties() {
    String[] out = GongkaiApplication.translate(new String[] {"--port", "9090", "--data", "some/dir", "--x=1"});
    assertThat(out).containsExactly("--server.port=9090",
        "--gongkai.data-dir=" + Path.of("some/dir").toAbsolutePath().normalize(), "--x=1");
  }

  @Test
  void equalsFormIsAcceptedToo() {
    assertThat(GongkaiApplication.translate(new String[] {"--port=81", "--data=/srv/gk"}))
        .containsExactly("--server.port=81", "--gongkai.data-dir=/srv/gk");
  }
}
