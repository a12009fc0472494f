package org.gongkai.core.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.gongkai.core.check.ReportChecks;
import org.gongkai.core.read.Limits;
import org.gongkai.core.read.ReportReader;
import org.gongkai.core.read.UnreadableDocumentException;
import org.gongkai.core.report.AnnualReport;
import org.gongkai.core.report.Finding;

/**
 * Reads and checks many reports: each within a time limit (a hostile file cannot hang the run), with a progress
 * bar on stderr, cross-year checks between reports of the same agency in consecutive years, and a summary.
 */
final class Batch {
  /** One input's outcome: a checked report, or the reason it could not be read. */
  record Result(Path file, AnnualReport report, String error) {
    boolean readable() {
      return report != null;
    }
  }

  private final PrintWriter err;
  private final boolean progress;

  Batch(PrintWriter err, boolean progress) {
    this.err = err;
    this.progress = progress;
  }

  List<Result> run(List<Path> files, AnnualReport previous) {
    List<Result> read = new ArrayList<>();
    ExecutorService pool = newPool();
    try {
      for (int i = 0; i < files.size(); i++) {
        Path f = files.get(i);
        if (progress) {
          bar(i, files.size(), f);
        }
        Future<AnnualReport> job = pool.submit(() -> ReportReader.read(f));
        try {
          read.add(new Result(f, job.get(Limits.MAX_READ_MILLIS, TimeUnit.MILLISECONDS), null));
        } catch (TimeoutException e) {
          job.cancel(true);
          pool.shutdownNow();
          pool = newPool();
          read.add(new Result(f, null, "读取超时（超过 " + Limits.MAX_READ_MILLIS / 1000 + " 秒），已放弃"));
        } catch (ExecutionException e) {
          Throwable c = e.getCause();
          String why = c instanceof UnreadableDocumentException u ? u.getMessage()
              : c instanceof OutOfMemoryError ? "文件过于复杂，超出内存上限" : "文件内容无法解析（" + c.getClass().getSimpleName() + "）";
          read.add(new Result(f, null, why));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          read.add(new Result(f, null, "读取被中断"));
        }
      }
    } finally {
      pool.shutdownNow();
    }
    if (progress) {
      bar(files.size(), files.size(), null);
      err.println();
    }
    return checkAll(read, previous);
  }

  private static ExecutorService newPool() {
    return Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "gongkai-reader");
      t.setDaemon(true);
      return t;
    });
  }

  /** Runs the checks; a report's previous year is the one given, else one of the same agency in the batch. */
  private static List<Result> checkAll(List<Result> read, AnnualReport previous) {
    List<Result> out = new ArrayList<>();
    for (Result r : read) {
      if (!r.readable()) {
        out.add(r);
        continue;
      }
      AnnualReport prev = previous != null ? previous : previousInBatch(read, r.report());
      out.add(new Result(r.file(), ReportChecks.checked(r.report(), prev), null));
    }
    return out;
  }

  private static AnnualReport previousInBatch(List<Result> all, AnnualReport current) {
    if (current.agency() == null || current.year() == null) {
      return null;
    }
    for (Result r : all) {
      AnnualReport o = r.report();
      if (o != null && current.agency().equals(o.agency()) && o.year() != null
          && o.year() == current.year() - 1) {
        return o;
      }
    }
    return null;
  }

  private void bar(int done, int total, Path current) {
    int width = 30;
    int filled = total == 0 ? width : done * width / total;
    String name = current == null ? "" : current.getFileName().toString();
    if (name.length() > 30) {
      name = name.substring(0, 29) + "…";
    }
    err.print("\r[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + done + "/" + total + " " + name
        + " ".repeat(10));
    err.flush();
  }

  /** Pads to a display width, counting a Chinese character as two columns as terminals show it. */
  private static String pad(String s, int width) {
    int w = s.codePoints().map(c -> c >= 0x1100 && Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
        || c >= 0xFF00 && c <= 0xFFEF ? 2 : 1).sum();
    return s + " ".repeat(Math.max(1, width - w));
  }

  /** The summary table: files read, tables found and findings by code. */
  static void summary(List<Result> results, PrintWriter out) {
    long readable = results.stream().filter(Result::readable).count();
    int tables = 0;
    int tablesPossible = 0;
    Map<String, int[]> byCode = new TreeMap<>();
    Map<String, String> severity = new TreeMap<>();
    for (Result r : results) {
      if (!r.readable()) {
        continue;
      }
      AnnualReport a = r.report();
      tablesPossible += 3;
      tables += (a.proactive() != null || a.proactive2019() != null ? 1 : 0) + (a.requests() != null ? 1 : 0)
          + (a.appeals() != null ? 1 : 0);
      for (Finding f : a.findings()) {
        byCode.computeIfAbsent(f.code(), k -> new int[2])[0]++;
        severity.put(f.code(), f.severity().label());
      }
      a.findings().stream().map(Finding::code).distinct().forEach(c -> byCode.get(c)[1]++);
    }
    out.println();
    out.println("汇总");
    out.printf("  文件：%d 个，可读取 %d 个，无法读取 %d 个%n", results.size(), readable, results.size() - readable);
    out.printf("  表格：读出 %d 张（共应有 %d 张）%n", tables, tablesPossible);
    if (byCode.isEmpty()) {
      out.println("  问题：无");
      return;
    }
    out.println("  " + pad("问题代码", 22) + pad("级别", 6) + pad("条数", 6) + "涉及文件");
    for (var e : byCode.entrySet()) {
      out.println("  " + pad(e.getKey(), 22) + pad(severity.get(e.getKey()), 6) + pad(e.getValue()[0] + "", 6)
          + e.getValue()[1]);
    }
  }
}
