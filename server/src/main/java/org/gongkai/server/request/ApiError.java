package org.gongkai.server.request;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;

/** The body of every error answer of the platform API: one Chinese sentence and, for 400, the fields at fault. */
@Schema(name = "Error", description = "错误信息")
record ApiError(@Schema(description = "中文错误说明", example = "申请内容有误，请按 fields 中的说明修改") String error,
    @Schema(description = "出错的字段及中文说明（校验错误时提供）") Map<String, String> fields) {

  static ApiError of(String message) {
    return new ApiError(message, Map.of());
  }
}
