package org.gongkai.server.request;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import tools.jackson.core.JacksonException;

/** Every failure of the platform API as a JSON error with a Chinese message and the fitting status. */
@RestControllerAdvice(assignableTypes = PlatformApiController.class)
class PlatformApiErrors {
  private static final Logger LOG = LoggerFactory.getLogger(PlatformApiErrors.class);

  @ExceptionHandler(ApiProblem.class)
  ResponseEntity<ApiError> problem(ApiProblem p) {
    return ResponseEntity.status(p.status()).body(p.body());
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof PlatformApiFilter.BodyTooLarge) {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(ApiError.of(PlatformApiFilter.TOO_LARGE));
      }
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof JacksonException j && !j.getPath().isEmpty()) {
        String field = j.getPath().get(j.getPath().size() - 1).getPropertyName();
        if (field != null) {
          return ResponseEntity.badRequest().body(new ApiError("请求体中有字段的取值不正确",
              java.util.Map.of(field, "取值不正确，请按接口文档填写")));
        }
      }
    }
    return ResponseEntity.badRequest().body(ApiError.of("请求体不是有效的JSON"));
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ResponseEntity<ApiError> mediaType() {
    return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
        .body(ApiError.of("请以 Content-Type: application/json 提交"));
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ApiError> unexpected(Exception e) {
    LOG.error("platform API failure", e);
    return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(ApiError.of("服务器内部错误，请稍后重试"));
  }
}
