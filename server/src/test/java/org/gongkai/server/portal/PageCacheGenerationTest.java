package org.gongkai.server.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A page rendered before a change committed is never served after it, even when it is stored afterwards. */
class PageCacheGenerationTest {

  private static PageCache.Page page(long generation, String body) {
    byte[] b = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    return new PageCache.Page(generation, "text/html;charset=UTF-8", List.of(), b, PageCacheFilter.etag(b));
  }

  @Test
  void aRenderingOverlappingAChangeIsDropped() {
    PageCache cache = new PageCache(1 << 20, Duration.ofMinutes(1));
    long before = cache.generation();
    cache.invalidateAll();
    cache.put("/a", page(before, "old"));
    assertThat(cache.get("/a")).isNull();
    cache.put("/a", page(cache.generation(), "new"));
    assertThat(new String(cache.get("/a").body(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("new");
  }

  @Test
  void anEntryStoredJustBeforeAChangeIsNotServedAfterIt() {
    PageCache cache = new PageCache(1 << 20, Duration.ofMinutes(1));
    cache.put("/a", page(cache.generation(), "old"));
    cache.invalidateAll();
    assertThat(cache.get("/a")).isNull();
  }

  @Test
  void theByteBoundEvictsPages() {
    PageCache cache = new PageCache(64 * 1024, Duration.ofMinutes(1));
    for (int i = 0; i < 100; i++) {
      cache.put("/p" + i, page(cache.generation(), "x".repeat(8 * 1024)));
    }
    cache.cache().cleanUp();
    assertThat(cache.cache().estimatedSize()).isLessThan(10);
  }

  @Test
  void etagsDifferWithTheBody() {
    assertThat(PageCacheFilter.etag("a".getBytes())).isNotEqualTo(PageCacheFilter.etag("b".getBytes()))
        .startsWith("\"").endsWith("\"");
  }
}
