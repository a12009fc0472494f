package org.gongkai.bench;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.microsoft.ooxml.OOXMLParser;
import org.apache.tika.sax.BodyContentHandler;
import org.gongkai.core.check.ReportChecks;
import org.gongkai.core.read.ReportReader;
import org.gongkai.core.report.AnnualReport;
import org.gongkai.core.write.OutputFormat;
import org.gongkai.core.write.ReportWriters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reports read and checked per second, for text and DOCX, beside Apache Tika's bare text extraction of the same
 * DOCX files (what a user would otherwise start from). One thread: the figures are per core.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
@Threads(1)
public class ReadAndCheckBenchmark {
  private byte[][] text;
  private byte[][] docx;
  private int next;
  private final OOXMLParser tika = new OOXMLParser();

  @Setup
  public void setUp() {
    List<AnnualReport> reports = SampleReports.generate(64, 20240122L);
    text = new byte[reports.size()][];
    docx = new byte[reports.size()][];
    for (int i = 0; i < reports.size(); i++) {
      text[i] = ReportWriters.write(reports.get(i), OutputFormat.TXT);
      docx[i] = ReportWriters.write(reports.get(i), OutputFormat.DOCX);
    }
  }

  private int pick() {
    next = (next + 1) % text.length;
    return next;
  }

  @Benchmark
  public AnnualReport textParseAndCheck() throws Exception {
    return ReportChecks.checked(ReportReader.read("report.txt", text[pick()]), null);
  }

  @Benchmark
  public AnnualReport docxParseAndCheck() throws Exception {
    return ReportChecks.checked(ReportReader.read("report.docx", docx[pick()]), null);
  }

  @Benchmark
  public String docxTikaText() throws Exception {
    BodyContentHandler handler = new BodyContentHandler(-1);
    tika.parse(new ByteArrayInputStream(docx[pick()]), handler, new Metadata(), new ParseContext());
    return handler.toString();
  }
}
