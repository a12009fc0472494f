package org.gongkai.server.portal;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import java.time.Duration;
import org.gongkai.server.shared.AuditEvent;
import org.gongkai.server.shared.DemoDataLoaded;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The public pages' cache: on unless {@code gongkai.portal.cache.enabled=false}, bounded by
 * {@code gongkai.portal.cache.max-mb} and {@code gongkai.portal.cache.max-age}, emptied after every audited change
 * commits (everything that alters what the portal shows is audited) and when the demo data is loaded. The age bound
 * covers what no event announces: another server of a cluster writing to the same database, and the date moving on.
 */
@Configuration
class PageCacheConfig {
  private final PageCache cache;

  PageCacheConfig(@Value("${gongkai.portal.cache.max-mb:64}") long maxMb,
      @Value("${gongkai.portal.cache.max-age:60s}") Duration maxAge, ObjectProvider<MeterRegistry> meters) {
    this.cache = new PageCache(maxMb << 20, maxAge);
    meters.ifAvailable(m -> CaffeineCacheMetrics.monitor(m, cache.cache(), "portal.pages"));
  }

  @Bean
  PageCache pageCache() {
    return cache;
  }

  @Bean
  FilterRegistrationBean<PageCacheFilter> pageCacheFilter(
      @Value("${gongkai.portal.cache.enabled:true}") boolean enabled) {
    FilterRegistrationBean<PageCacheFilter> r = new FilterRegistrationBean<>(new PageCacheFilter(cache));
    r.setOrder(Ordered.HIGHEST_PRECEDENCE);
    r.setEnabled(enabled);
    r.addUrlPatterns("/*");
    return r;
  }

  /** Sign-ins, sign-outs and reveals of personal data change nothing public; anything else may. */
  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
  void on(AuditEvent event) {
    String a = event.action() == null ? "" : event.action();
    if (!(a.startsWith("login.") || a.equals("logout") || a.endsWith(".reveal"))) {
      cache.invalidateAll();
    }
  }

  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
  void on(DemoDataLoaded event) {
    cache.invalidateAll();
  }
}
