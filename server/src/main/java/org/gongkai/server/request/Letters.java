package org.gongkai.server.request;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Letters as DOCX: the agency's template text (or the default) with its {占位符} filled in, under the letter's title
 * and register number, signed with the agency's name and the date.
 */
@Component
class Letters {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]{1,20})}");
  private final RequestRepository repository;
  private final Clock clock;

  Letters(RequestRepository repository, Clock clock) {
    this.repository = repository;
    this.clock = clock;
  }

  /** The agency's text for the letter, or the default. */
  String template(long agencyId, LetterKind kind) {
    return repository.template(agencyId, kind).orElseGet(() -> defaultText(kind));
  }

  /** Replaces the agency's text for the letter. */
  void saveTemplate(long agencyId, LetterKind kind, String body) {
    String text = body == null ? "" : body.strip();
    if (text.isEmpty() || text.length() > 8000) {
      throw new StepException("模板内容不能为空，且不超过8000字");
    }
    repository.saveTemplate(agencyId, kind, text, Instant.now(clock));
  }

  static String defaultText(LetterKind kind) {
    try (InputStream in = new ClassPathResource(kind.resource()).getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text with every known placeholder replaced; unknown ones stay visible so the officer sees them. */
  static String fill(String template, Map<String, String> values) {
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String v = values.get(m.group(1));
      m.appendReplacement(out, Matcher.quoteReplacement(v == null ? m.group() : v));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** The DOCX bytes of a letter. */
  byte[] docx(LetterKind kind, String number, String body, String agencyName, String date) {
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XWPFParagraph title = doc.createParagraph();
      title.setAlignment(ParagraphAlignment.CENTER);
      XWPFRun t = title.createRun();
      t.setBold(true);
      t.setFontSize(18);
      t.setFontFamily("宋体");
      t.setText(kind.title());
      XWPFParagraph no = doc.createParagraph();
      no.setAlignment(ParagraphAlignment.CENTER);
      run(no, number);
      for (String line : body.split("\\R")) {
        XWPFParagraph p = doc.createParagraph();
        if (!line.endsWith("：")) {
          p.setFirstLineIndent(640);
        }
        run(p, line);
      }
      for (String line : new String[] {"", agencyName, date}) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.RIGHT);
        run(p, line);
      }
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void run(XWPFParagraph p, String text) {
    XWPFRun r = p.createRun();
    r.setFontFamily("仿宋");
    r.setFontSize(16);
    r.setText(text);
  }
}
