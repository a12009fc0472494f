package org.gongkai.core.cli;

import java.time.DateTimeException;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The error contract of the command line: invalid input prints one Chinese line on stderr and exits with
 * {@link #INVALID_INPUT}; an unexpected failure prints one line and exits with {@link #INTERNAL_ERROR}.
 */
public final class CliSupport {
  /** Exit status for input the user must correct. */
  public static final int INVALID_INPUT = 2;
  /** Exit status for a failure that is not the user's (distinct from {@code check}'s 1 for error findings). */
  public static final int INTERNAL_ERROR = 3;

  private CliSupport() {}

  /** Installs the Chinese parameter- and execution-exception handlers on {@code commandLine}; returns it. */
  public static CommandLine configure(CommandLine commandLine) {
    commandLine.setParameterExceptionHandler(CliSupport::onParameterException);
    commandLine.setExecutionExceptionHandler(CliSupport::onExecutionException);
    return commandLine;
  }

  static int onParameterException(ParameterException e, String[] args) {
    e.getCommandLine().getErr().println("错误：" + describe(e) + "（用 --help 查看用法）");
    return INVALID_INPUT;
  }

  static int onExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
    if (e instanceof IllegalArgumentException || e instanceof DateTimeException) {
      commandLine.getErr().println("错误：" + e.getMessage());
      return INVALID_INPUT;
    }
    commandLine.getErr().println("内部错误：" + e.getClass().getSimpleName()
        + (e.getMessage() == null ? "" : "：" + e.getMessage().lines().findFirst().orElse("")));
    return INTERNAL_ERROR;
  }

  /** Runs a command's body, turning invalid input into the one-line message and exit status 2. */
  static int run(CommandSpec spec, Callable<Integer> body) throws Exception {
    try {
      return body.call();
    } catch (IllegalArgumentException e) {
      spec.commandLine().getErr().println("错误：" + e.getMessage());
      return INVALID_INPUT;
    }
  }

  private static String describe(ParameterException e) {
    if (e instanceof CommandLine.MissingParameterException m) {
      return "缺少参数 " + m.getMissing().stream().map(CliSupport::name).collect(Collectors.joining("、"));
    }
    if (e instanceof CommandLine.UnmatchedArgumentException u) {
      return "无法识别的参数 " + String.join(" ", u.getUnmatched());
    }
    if (e instanceof CommandLine.OverwrittenOptionException o) {
      return "选项 " + name(o.getOverwritten()) + " 只能给出一次";
    }
    ArgSpec arg = e.getArgSpec();
    String value = e.getValue() == null ? "" : "：“" + e.getValue() + "”";
    return arg == null ? "参数无效" + value : "参数 " + name(arg) + " 无效" + value;
  }

  private static String name(ArgSpec arg) {
    return arg instanceof OptionSpec o ? o.longestName() : arg.paramLabel();
  }
}
