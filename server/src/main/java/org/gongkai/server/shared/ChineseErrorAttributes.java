package org.gongkai.server.shared;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

/**
 * What an error says when no page of ours answers it (a machine client, an unknown API address): the status, a
 * Chinese sentence under {@code error} as in the API's own errors, and the path; never a trace or an exception name.
 */
@Component
class ChineseErrorAttributes extends DefaultErrorAttributes {

  @Override
  public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
    Map<String, Object> raw = super.getErrorAttributes(request, ErrorAttributeOptions.defaults());
    int status = raw.get("status") instanceof Integer s ? s : 500;
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("status", status);
    out.put("error", sentence(status));
    out.put("path", raw.get("path"));
    return out;
  }

  static String sentence(int status) {
    return switch (status) {
      case 400 -> "请求有误，请检查后重试。";
      case 401 -> "需要身份认证。";
      case 403 -> "没有权限访问。";
      case 404 -> "请求的地址不存在。";
      case 405 -> "不支持该请求方法。";
      case 406 -> "无法提供所要求的格式。";
      case 413 -> "上传的内容过大。";
      case 415 -> "不支持该内容类型。";
      case 429 -> "请求过于频繁，请稍后再试。";
      case 503 -> "服务暂时不可用，请稍后再试。";
      default -> status >= 500 ? "服务器内部错误，请稍后再试。" : "请求未能完成。";
    };
  }
}
