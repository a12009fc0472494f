package org.gongkai.core.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One 政府信息公开工作年度报告 as the spec's canonical JSON defines it. A table the document lacks or gives only as
 * an image is {@code null}; a cell it does not give is {@code null} inside its table. In format 2021
 * {@code proactive} is used, in format 2019 {@code proactive2019}; {@code format} is {@code null} when the
 * document follows neither template.
 */
public record AnnualReport(
    String title,
    String agency,
    Integer year,
    ReportFormat format,
    LocalDate publishedOn,
    String preamble,
    List<Section> sections,
    String signature,
    Proactive proactive,
    Proactive2019 proactive2019,
    RequestTable requests,
    Appeals appeals,
    List<Finding> findings) {

  /** The value of the {@code schema} key. */
  public static final String SCHEMA = "gongkai.annual-report/1";

  public AnnualReport {
    sections = sections == null ? List.of() : List.copyOf(sections);
    findings = findings == null ? List.of() : List.copyOf(findings);
  }

  /** The section with a numeral (一 … 六), or {@code null}. */
  public Section section(String number) {
    return sections.stream().filter(s -> s.number().equals(number)).findFirst().orElse(null);
  }

  /** This report with other findings. */
  public AnnualReport withFindings(List<Finding> newFindings) {
    return new AnnualReport(title, agency, year, format, publishedOn, preamble, sections, signature, proactive,
        proactive2019, requests, appeals, newFindings);
  }

  /** This report with findings added after the ones it has. */
  public AnnualReport plusFindings(List<Finding> more) {
    List<Finding> all = new ArrayList<>(findings);
    all.addAll(more);
    return withFindings(all);
  }

  /** This report with other sections. */
  public AnnualReport withSections(List<Section> newSections) {
    return new AnnualReport(title, agency, year, format, publishedOn, preamble, newSections, signature, proactive,
        proactive2019, requests, appeals, findings);
  }

  /** This report with another table 2. */
  public AnnualReport withRequests(RequestTable table) {
    return new AnnualReport(title, agency, year, format, publishedOn, preamble, sections, signature, proactive,
        proactive2019, table, appeals, findings);
  }

  /** This report with another table 1 (format 2021). */
  public AnnualReport withProactive(Proactive table) {
    return new AnnualReport(title, agency, year, format, publishedOn, preamble, sections, signature, table,
        proactive2019, requests, appeals, findings);
  }

  /** This report with another table 3. */
  public AnnualReport withAppeals(Appeals table) {
    return new AnnualReport(title, agency, year, format, publishedOn, preamble, sections, signature, proactive,
        proactive2019, requests, table, findings);
  }

  /** This report with another publication date. */
  public AnnualReport withPublishedOn(LocalDate date) {
    return new AnnualReport(title, agency, year, format, date, preamble, sections, signature, proactive,
        proactive2019, requests, appeals, findings);
  }
}
