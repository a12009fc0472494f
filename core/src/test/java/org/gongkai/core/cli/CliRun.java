package org.gongkai.core.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs a command as other tools do and captures what it prints. */
record CliRun(int exitCode, String out, String err) {

  static CliRun plain(Object command, String... args) {
    return run(new CommandLine(command), args);
  }

  static CliRun configured(Object command, String... args) {
    return run(CliSupport.configure(new CommandLine(command)), args);
  }

  private static CliRun run(CommandLine commandLine, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    int code = commandLine.execute(args);
    return new CliRun(code, out.toString(), err.toString());
  }
}
