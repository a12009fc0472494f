package org.gongkai.server.request;

import java.util.Map;
import org.springframework.http.HttpStatus;

/** A refusal of the platform API with its HTTP status and Chinese message; never carries a stack trace out. */
class ApiProblem extends RuntimeException {
  private final HttpStatus status;
  private final transient Map<String, String> fields;

  ApiProblem(HttpStatus status, String message, Map<String, String> fields) {
    super(message, null, false, false);
    this.status = status;
    this.fields = fields;
  }

  ApiProblem(HttpStatus status, String message) {
    this(status, message, Map.of());
  }

  HttpStatus status() {
    return status;
  }

  ApiError body() {
    return new ApiError(getMessage(), fields);
  }
}
