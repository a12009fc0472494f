package org.gongkai.core.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.gongkai.core.read.ReportReader;
import org.gongkai.core.read.UnreadableDocumentException;
import org.gongkai.core.report.AnnualReport;
import org.gongkai.core.write.OutputFormat;
import org.gongkai.core.write.ReportWriters;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code gongkai render}: writes a report, from any readable input, as JSON, text, HTML, DOCX or XLSX. */
@Command(name = "render", mixinStandardHelpOptions = true, synopsisHeading = "用法：",
    description = "把年度报告（任何可读取的形式）输出为 json、txt、html、docx、xlsx 或 pdf。",
    footer = {"", "示例：", "  gongkai render 报告.txt --to docx -o 报告.docx"})
final class RenderCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "1", description = "报告文件")
  Path file;

  @Option(names = "--to", required = true, paramLabel = "FORMAT", description = "json|txt|html|docx|xlsx|pdf")
  String to;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "输出文件（json、txt、html 可省略，输出到标准输出）")
  Path output;

  @Override
  public Integer call() {
    var err = spec.commandLine().getErr();
    OutputFormat format;
    try {
      format = OutputFormat.ofName(to);
    } catch (IllegalArgumentException e) {
      err.println("错误：" + e.getMessage());
      return 2;
    }
    AnnualReport report;
    try {
      report = ReportReader.read(file);
    } catch (UnreadableDocumentException e) {
      err.println(file + "：" + e.getMessage());
      return 2;
    }
    byte[] bytes;
    try {
      bytes = ReportWriters.write(report, format);
    } catch (IllegalStateException e) {
      err.println("错误：" + e.getMessage());
      return 2;
    }
    if (output == null) {
      if (format == OutputFormat.DOCX || format == OutputFormat.XLSX || format == OutputFormat.PDF) {
        err.println("错误：输出 " + to + " 时必须用 -o 指定输出文件");
        return 2;
      }
      spec.commandLine().getOut().print(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
      spec.commandLine().getOut().flush();
      return 0;
    }
    try {
      Files.write(output, bytes);
    } catch (IOException e) {
      err.println(output + "：无法写入输出文件（" + e.getClass().getSimpleName() + "）");
      return 2;
    }
    return 0;
  }
}
