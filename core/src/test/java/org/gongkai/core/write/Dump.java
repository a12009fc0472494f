package org.gongkai.core.write;
class Dump {
  @org.junit.jupiter.api.Test
  void dump() throws Exception {
    for (OutputFormat f : OutputFormat.values()) {
      java.nio.file.Files.write(java.nio.file.Path.of("/tmp/gk-sample." + f.extension()), ReportWriters.write(SampleReport.format2021(), f));
      java.nio.file.Files.write(java.nio.file.Path.of("/tmp/gk-2019." + f.extension()), ReportWriters.write(SampleReport.format2019(), f));
    }
  }
}
