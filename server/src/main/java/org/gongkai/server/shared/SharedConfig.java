package org.gongkai.server.shared;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Beans every module may use. */
@Configuration
class SharedConfig {

  /** The clock of the application; tests may replace it. */
  @Bean
  Clock clock() {
    return Clock.systemDefaultZone();
  }
}
