package org.gongkai.server.shared;

import jakarta.servlet.ServletRequest;

/**
 * What a controller of a public page tells the portal's page cache: that this rendering is transient (for example
 * search results while the index is still being built) and must not be kept for other visitors.
 */
public final class PublicPages {
  private static final String TRANSIENT = PublicPages.class.getName() + ".transient";

  private PublicPages() {}

  public static void markTransient(ServletRequest request) {
    request.setAttribute(TRANSIENT, Boolean.TRUE);
  }

  public static boolean isTransient(ServletRequest request) {
    return request.getAttribute(TRANSIENT) != null;
  }
}
