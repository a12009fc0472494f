package org.gongkai.server.annualreport;

import java.nio.charset.StandardCharsets;
import org.gongkai.core.write.OutputFormat;
import org.gongkai.server.agency.Agency;
import org.gongkai.server.agency.AgencyApi;
import org.gongkai.server.shared.NotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The portal's downloads of a published report (DOCX, PDF, XLSX), the current or any earlier version. */
@Controller
class PublicDownloadController {
  private final AnnualReportService service;
  private final AgencyApi agencies;

  PublicDownloadController(AnnualReportService service, AgencyApi agencies) {
    this.service = service;
    this.agencies = agencies;
  }

  @GetMapping("/agencies/{code}/reports/{year}/download/{ext}")
  ResponseEntity<byte[]> download(@PathVariable String code, @PathVariable int year, @PathVariable String ext,
      @RequestParam(required = false) Integer version) {
    Agency a = agencies.findByCode(code).filter(Agency::active).orElseThrow(() -> new NotFoundException("agency"));
    OutputFormat f = switch (ext) {
      case "docx" -> OutputFormat.DOCX;
      case "pdf" -> OutputFormat.PDF;
      case "xlsx" -> OutputFormat.XLSX;
      default -> throw new NotFoundException("format");
    };
    byte[] bytes;
    try {
      bytes = service.download(a.id(), year, version, f).orElseThrow(() -> new NotFoundException("report"));
    } catch (IllegalStateException e) {
      // The PDF font was not packaged: say so instead of sending a document with empty boxes.
      return ResponseEntity.status(503).contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
          .body(e.getMessage().getBytes(StandardCharsets.UTF_8));
    }
    String name = a.fullName() + year + "年政府信息公开工作年度报告" + (version == null ? "" : "（第" + version + "版）")
        + "." + f.extension();
    MediaType type = switch (f) {
      case PDF -> MediaType.APPLICATION_PDF;
      case DOCX -> MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
      default -> MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    };
    return ResponseEntity.ok().contentType(type)
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
        .body(bytes);
  }
}
