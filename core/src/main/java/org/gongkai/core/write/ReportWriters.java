package org.gongkai.core.write;

import java.util.Objects;
import org.gongkai.core.report.AnnualReport;

/** Writes an annual report in any {@link OutputFormat}, laid out like the national template. */
public final class ReportWriters {
  private ReportWriters() {}

  /**
   * The report as the bytes of a file in the given format (text forms in UTF-8).
   *
   * @throws IllegalStateException with a Chinese message when PDF is asked for but the build could not package
   *     the Chinese font (the PDF would otherwise show empty boxes)
   */
  public static byte[] write(AnnualReport report, OutputFormat format) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(format, "format");
    return switch (format) {
      case JSON -> JsonWriter.write(report);
      case TXT -> TextWriter.write(report);
      case HTML -> HtmlWriter.write(report);
      case DOCX -> DocxWriter.write(report);
      case XLSX -> XlsxWriter.write(report);
      case PDF -> PdfWriter.write(report);
    };
  }

  /** The report body (title, sections, tables, signature) as an HTML fragment for embedding in another page. */
  public static String htmlFragment(AnnualReport report) {
    Objects.requireNonNull(report, "report");
    return HtmlWriter.fragment(report);
  }

  /**
   * A notice (告知书) as PDF in the official layout, with the embedded Chinese font: title, document number, body
   * paragraphs, issuing body and date. Fails with a Chinese message when the build could not obtain the font.
   */
  public static byte[] letterPdf(String title, String number, java.util.List<String> paragraphs, String issuer,
      String date) {
    return PdfWriter.letter(title, number, paragraphs, issuer, date);
  }
}
