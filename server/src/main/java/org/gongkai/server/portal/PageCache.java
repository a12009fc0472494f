package org.gongkai.server.portal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Rendered public pages in memory, bounded in bytes and in age. Every change to what the portal shows moves the
 * generation on; an entry of an older generation is never served, so a page rendered while a change was committing
 * cannot outlive it.
 */
final class PageCache {
  /** One rendered page: what the browser is sent, with the generation it was rendered in. */
  record Page(long generation, String contentType, List<Map.Entry<String, String>> headers, byte[] body, String etag) {}

  private final Cache<String, Page> pages;
  private final AtomicLong generation = new AtomicLong();

  PageCache(long maxBytes, Duration maxAge) {
    this.pages = Caffeine.newBuilder()
        .maximumWeight(maxBytes)
        .weigher((String key, Page p) -> key.length() * 2 + p.body().length + 256)
        .expireAfterWrite(maxAge)
        .recordStats()
        .build();
  }

  /** The current generation, to be read before rendering and handed back to {@link #put}. */
  long generation() {
    return generation.get();
  }

  Page get(String key) {
    Page p = pages.getIfPresent(key);
    return p != null && p.generation() == generation.get() ? p : null;
  }

  /** Keeps the page unless something changed since its rendering began. */
  void put(String key, Page page) {
    if (page.generation() == generation.get()) {
      pages.put(key, page);
    }
  }

  /** Forgets every page: the next request of each renders it anew. */
  void invalidateAll() {
    generation.incrementAndGet();
    pages.invalidateAll();
  }

  Cache<String, Page> cache() {
    return pages;
  }
}
