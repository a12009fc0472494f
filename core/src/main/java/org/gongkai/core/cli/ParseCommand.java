package org.gongkai.core.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.gongkai.core.report.ReportJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tools.jackson.databind.node.ObjectNode;

/** {@code gongkai parse}: reports as canonical JSON on stdout. */
@Command(name = "parse", mixinStandardHelpOptions = true, synopsisHeading = "用法：",
    description = "把年度报告（文本、Markdown、HTML、DOCX、PDF 或规范 JSON）读成规范 JSON，输出到标准输出。"
        + "一个文件输出一个对象；多个文件每行一个对象，并带 \"source\" 字段。目录表示其中的全部报告。")
final class ParseCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "报告文件或目录")
  List<Path> files;

  @Option(names = "--progress", description = "在标准错误输出显示进度条（多个文件时默认在终端显示）")
  boolean progress;

  @Override
  public Integer call() {
    var out = spec.commandLine().getOut();
    var err = spec.commandLine().getErr();
    List<Path> inputs = Inputs.expand(files);
    boolean many = inputs.size() > 1 || files.stream().anyMatch(java.nio.file.Files::isDirectory);
    List<Batch.Result> results = new Batch(err, many && (progress || System.console() != null)).run(inputs, null);
    int status = 0;
    for (Batch.Result r : results) {
      if (!r.readable()) {
        err.println(r.file() + "：" + r.error());
        status = 2;
        continue;
      }
      if (many) {
        ObjectNode tree = ReportJson.toTree(r.report());
        tree.put("source", r.file().getFileName().toString());
        out.println(ReportJson.compact(tree));
      } else {
        out.println(ReportJson.write(r.report()));
      }
    }
    if (many) {
      Batch.summary(results, err);
    }
    return status;
  }
}
