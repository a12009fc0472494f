package org.gongkai.server.request;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.gongkai.server.shared.AuditEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * In front of {@code /api/v1/*}: admits only a request with an active key in {@code X-Api-Key} (401 JSON otherwise)
 * and a body of at most {@link #MAX_BODY} bytes (413), and hands the key to the controller as a request attribute.
 */
class PlatformApiFilter extends OncePerRequestFilter {
  static final String KEY = "org.gongkai.request.apiKey";
  static final String HEADER = "X-Api-Key";
  static final int MAX_BODY = 64 * 1024;
  static final String TOO_LARGE = "请求体过大（不能超过64KB）";
  private final ApiKeys keys;
  private final JsonMapper json;
  private final ApplicationEventPublisher events;

  PlatformApiFilter(ApiKeys keys, JsonMapper json, ApplicationEventPublisher events) {
    this.keys = keys;
    this.json = json;
    this.events = events;
  }

  /** Raised by the bounded body stream; turned into 413 by {@link PlatformApiErrors}. */
  static final class BodyTooLarge extends IOException {
    BodyTooLarge() {
      super("body exceeds " + MAX_BODY + " bytes");
    }
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String presented = request.getHeader(HEADER);
    Optional<ApiKey> key = keys.byClearKey(presented);
    if (key.isEmpty() || !key.get().active()) {
      String why = presented == null || presented.isBlank() ? "未提供接口密钥，请在请求头 X-Api-Key 中提供"
          : key.isEmpty() ? "接口密钥无效" : "接口密钥已被吊销，请联系单位管理员";
      events.publishEvent(new AuditEvent(key.map(ApiKey::actor).orElse("平台接口（未识别）"),
          key.map(ApiKey::agencyId).orElse(null), "request.api.denied", request.getMethod() + " "
          + request.getRequestURI(), why));
      write(response, HttpServletResponse.SC_UNAUTHORIZED, why);
      return;
    }
    if (request.getContentLengthLong() > MAX_BODY) {
      write(response, 413, TOO_LARGE);
      return;
    }
    keys.used(key.get().id());
    request.setAttribute(KEY, key.get());
    chain.doFilter(new Bounded(request), response);
  }

  private void write(HttpServletResponse response, int status, String message) throws IOException {
    response.setStatus(status);
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    if (status == HttpServletResponse.SC_UNAUTHORIZED) {
      response.setHeader("WWW-Authenticate", "ApiKey header=\"" + HEADER + "\"");
    }
    response.getOutputStream().write(json.writeValueAsBytes(ApiError.of(message)));
  }

  /** The request with a body stream that fails once more than {@link #MAX_BODY} bytes were read (chunked bodies). */
  private static final class Bounded extends HttpServletRequestWrapper {
    Bounded(HttpServletRequest request) {
      super(request);
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      ServletInputStream in = super.getInputStream();
      return new ServletInputStream() {
        private long read;

        @Override
        public int read() throws IOException {
          int b = in.read();
          count(b < 0 ? 0 : 1);
          return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
          int n = in.read(buf, off, len);
          count(Math.max(n, 0));
          return n;
        }

        private void count(int n) throws BodyTooLarge {
          read += n;
          if (read > MAX_BODY) {
            throw new BodyTooLarge();
          }
        }

        @Override
        public boolean isFinished() {
          return in.isFinished();
        }

        @Override
        public boolean isReady() {
          return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
          in.setReadListener(listener);
        }
      };
    }
  }
}
