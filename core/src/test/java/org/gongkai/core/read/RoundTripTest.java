package org.gongkai.core.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import org.gongkai.core.report.AnnualReport;
import org.gongkai.core.report.ValidReports;
import org.gongkai.core.write.OutputFormat;
import org.gongkai.core.write.ReportWriters;
import org.junit.jupiter.api.Test;

/** Reading back what a writer wrote gives the same report, for every writer that has a reader. */
class RoundTripTest {
  private static void roundTrip(OutputFormat format, int examples) {
    qt().withExamples(examples).forAll(ValidReports.any()).checkAssert(report -> {
      byte[] written = ReportWriters.write(report, format);
      AnnualReport back;
      try {
        back = ReportReader.read("report." + format.extension(), written);
      } catch (UnreadableDocumentException e) {
        throw new AssertionError(format + " output could not be read back: " + e.getMessage(), e);
      }
      assertThat(back).as(format.name()).isEqualTo(report);
    });
  }

  @Test
  void json() {
    roundTrip(OutputFormat.JSON, 100);
  }

  @Test
  void text() {
    roundTrip(OutputFormat.TXT, 150);
  }

  @Test
  void html() {
    roundTrip(OutputFormat.HTML, 100);
  }

  @Test
  void docx() {
    roundTrip(OutputFormat.DOCX, 40);
  }
}
