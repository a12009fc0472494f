package org.gongkai.server.shared;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Facts about the current HTTP request. */
public final class Requests {
  private Requests() {}

  /** The client's address as the servlet container sees it (behind a proxy, configure forwarded headers), or "-". */
  public static String clientAddress() {
    if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a) {
      HttpServletRequest r = a.getRequest();
      return r.getRemoteAddr();
    }
    return "-";
  }
}
