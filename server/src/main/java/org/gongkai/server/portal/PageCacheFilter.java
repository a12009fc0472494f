package org.gongkai.server.portal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.gongkai.server.shared.PublicPages;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves the public portal's pages from {@link PageCache} to visitors without a session, ahead of every other filter,
 * and answers a matching {@code If-None-Match} with 304. A page is kept only when it is the same for every such
 * visitor: a 200 of text (HTML, JSON, Atom) that neither opened a session nor set a cookie and that its controller
 * did not mark {@link PublicPages#markTransient transient}, so forms with a CSRF token, signed-in staff, error pages
 * and transient results always go through the application (with the security chain's {@code no-store}).
 */
final class PageCacheFilter extends OncePerRequestFilter {
  private static final int MAX_BODY = 1 << 20;
  private static final int MAX_KEY = 600;
  private static final Set<String> NOT_REPLAYED = Set.of("set-cookie", "date", "content-length", "content-type",
      "transfer-encoding", "cache-control", "pragma", "expires", "etag");
  /** Browsers and proxies may keep the page but must ask again each time; the ETag makes asking cheap. */
  static final String CACHE_CONTROL = "no-cache";

  private final PageCache cache;

  PageCacheFilter(PageCache cache) {
    this.cache = cache;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    if (!"GET".equals(request.getMethod()) || request.getRequestedSessionId() != null
        || request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
      return true;
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    // Files (attachments, report downloads) are not text pages and would only be buffered in memory for nothing.
    return !(path.equals("/") || path.startsWith("/agencies/")) || path.contains("/attachments/")
        || path.contains("/download/");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String query = request.getQueryString();
    String key = request.getRequestURL().append(query == null ? "" : "?" + query).toString();
    if (key.length() > MAX_KEY) {
      chain.doFilter(request, response);
      return;
    }
    PageCache.Page hit = cache.get(key);
    if (hit != null) {
      send(request, response, hit);
      return;
    }
    long generation = cache.generation();
    ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
    chain.doFilter(request, wrapper);
    PageCache.Page page = keepable(request, wrapper) ? page(generation, wrapper) : null;
    if (page != null && !response.isCommitted()) {
      cache.put(key, page);
      // The body is still buffered, so the security chain's "no-store" can give way to revalidation by ETag.
      response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
      response.setHeader(HttpHeaders.PRAGMA, null);
      response.setHeader(HttpHeaders.EXPIRES, null);
      response.setHeader(HttpHeaders.ETAG, page.etag());
    }
    wrapper.copyBodyToResponse();
  }

  private static boolean keepable(HttpServletRequest request, ContentCachingResponseWrapper r) {
    String type = r.getContentType() == null ? "" : r.getContentType().toLowerCase(Locale.ROOT);
    return r.getStatus() == 200 && request.getSession(false) == null && r.getHeader(HttpHeaders.SET_COOKIE) == null
        && !PublicPages.isTransient(request)
        && r.getContentSize() <= MAX_BODY
        && (type.startsWith("text/html") || type.startsWith("application/json")
            || type.startsWith("application/atom+xml") || type.startsWith("application/xml"));
  }

  private static PageCache.Page page(long generation, ContentCachingResponseWrapper r) {
    List<Map.Entry<String, String>> headers = new ArrayList<>();
    for (String name : r.getHeaderNames()) {
      if (!NOT_REPLAYED.contains(name.toLowerCase(Locale.ROOT))) {
        r.getHeaders(name).forEach(v -> headers.add(Map.entry(name, v)));
      }
    }
    byte[] body = r.getContentAsByteArray();
    return new PageCache.Page(generation, r.getContentType(), List.copyOf(headers), body, etag(body));
  }

  private static void send(HttpServletRequest request, HttpServletResponse response, PageCache.Page page)
      throws IOException {
    for (Map.Entry<String, String> h : page.headers()) {
      response.addHeader(h.getKey(), h.getValue());
    }
    response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
    response.setHeader(HttpHeaders.ETAG, page.etag());
    String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
    if (ifNoneMatch != null && (ifNoneMatch.contains(page.etag()) || ifNoneMatch.trim().equals("*"))) {
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    response.setContentType(page.contentType());
    response.setContentLength(page.body().length);
    response.getOutputStream().write(page.body());
  }

  static String etag(byte[] body) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(body);
      return "\"" + HexFormat.of().formatHex(d, 0, 16) + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
