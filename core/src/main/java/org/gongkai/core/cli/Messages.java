package org.gongkai.core.cli;

import picocli.CommandLine;

/** Chinese wording for picocli's parameter problems, so that users never see English or a stack trace. */
final class Messages {
  private Messages() {}

  static String parameterProblem(CommandLine.ParameterException ex) {
    if (ex instanceof CommandLine.MissingParameterException m) {
      return "缺少参数：" + m.getMissing().stream().map(a -> a.paramLabel()).toList();
    }
    if (ex instanceof CommandLine.UnmatchedArgumentException u) {
      return "无法识别的参数：" + String.join(" ", u.getUnmatched());
    }
    if (ex instanceof CommandLine.OverwrittenOptionException) {
      return "选项重复给出";
    }
    if (ex.getCause() instanceof IllegalArgumentException iae && iae.getMessage() != null) {
      return iae.getMessage();
    }
    String m = ex.getMessage();
    if (m != null && m.chars().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
      return m;
    }
    return "参数有误（" + (m == null ? "" : m) + "）";
  }
}
