package org.gongkai.core.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.gongkai.core.read.ReportReader;
import org.gongkai.core.read.UnreadableDocumentException;
import org.gongkai.core.report.AnnualReport;
import org.gongkai.core.report.Finding;
import org.gongkai.core.report.ReportJson;
import org.gongkai.core.report.Severity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tools.jackson.databind.node.ObjectNode;

/** {@code gongkai check}: every finding in each report, in Chinese or as canonical JSON; the exit status tells. */
@Command(name = "check", mixinStandardHelpOptions = true, synopsisHeading = "用法：",
    description = "核查年度报告，列出每一处问题。退出状态：0 无“错误”级问题；1 有“错误”级问题；2 有文件无法读取。",
    footer = {"", "示例：", "  gongkai check 报告.docx", "  gongkai check --previous 2022年报告.pdf 2023年报告.pdf",
        "  gongkai check --json 报告目录/"})
final class CheckCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "报告文件或目录（也接受规范 JSON）")
  List<Path> files;

  @Option(names = "--json", description = "输出与 parse 相同的规范 JSON（含 findings）")
  boolean json;

  @Option(names = "--previous", paramLabel = "FILE", description = "同一机关上一年度的报告，用于跨年度核查")
  Path previous;

  @Option(names = "--progress", description = "在标准错误输出显示进度条（多个文件时默认在终端显示）")
  boolean progress;

  @Override
  public Integer call() {
    var out = spec.commandLine().getOut();
    var err = spec.commandLine().getErr();
    AnnualReport prev = null;
    if (previous != null) {
      try {
        prev = ReportReader.read(previous);
      } catch (UnreadableDocumentException e) {
        err.println(previous + "：" + e.getMessage());
        return 2;
      }
    }
    List<Path> inputs = Inputs.expand(files);
    boolean many = inputs.size() > 1 || files.stream().anyMatch(java.nio.file.Files::isDirectory);
    List<Batch.Result> results = new Batch(err, many && (progress || System.console() != null)).run(inputs, prev);
    boolean unreadable = false;
    boolean errors = false;
    for (Batch.Result r : results) {
      if (!r.readable()) {
        err.println(r.file() + "：" + r.error());
        unreadable = true;
        continue;
      }
      AnnualReport a = r.report();
      errors |= a.findings().stream().anyMatch(f -> f.severity() == Severity.ERROR);
      if (json) {
        ObjectNode tree = ReportJson.toTree(a);
        if (many) {
          tree.put("source", r.file().getFileName().toString());
          out.println(ReportJson.compact(tree));
        } else {
          out.println(ReportJson.pretty(tree));
        }
      } else {
        printHuman(out, r.file(), a);
      }
    }
    if (many) {
      Batch.summary(results, json ? err : out);
    }
    return unreadable ? 2 : errors ? 1 : 0;
  }

  private static void printHuman(java.io.PrintWriter out, Path file, AnnualReport a) {
    String what = (a.agency() == null ? "（未识别机关）" : a.agency()) + " "
        + (a.year() == null ? "（未识别年度）" : a.year() + "年度") + " "
        + (a.format() == null ? "格式未知" : a.format().code() + "版模板");
    out.println("== " + file + "（" + what + "）");
    if (a.findings().isEmpty()) {
      out.println("  未发现问题");
      return;
    }
    for (Finding f : a.findings()) {
      out.println("  [" + f.severity().label() + "] " + f.code() + "  " + f.message() + "（位置：" + f.where() + "）");
    }
  }
}
