package org.gongkai.core.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code gongkai} command: the entry point of the command-line tool. */
@Command(name = "gongkai", mixinStandardHelpOptions = true, version = "gongkai 0.1.0",
    description = "Gongkai（公开）政府信息公开工作年度报告的读取、核查与输出，以及工作日、期限和信息处理费计算。",
    commandListHeading = "%n命令：%n", optionListHeading = "%n选项：%n", synopsisHeading = "用法：",
    subcommands = {ParseCommand.class, CheckCommand.class, RenderCommand.class, WorkdaysCommand.class,
        DeadlineCommand.class, FeeCommand.class, CommandLine.HelpCommand.class})
public final class Gongkai implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Runs the command line and exits with its status. */
  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
        new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
  }

  /** Runs the command line with the given streams and returns the exit status (0, 1 or 2). */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new Gongkai());
    cl.setOut(out);
    cl.setErr(err);
    CliSupport.configure(cl);
    int status = cl.execute(args);
    out.flush();
    err.flush();
    return status;
  }
}
