package org.gongkai.core.read;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.gongkai.core.report.AnnualReport;
import org.gongkai.core.report.ReportJson;

/**
 * Reads a published annual report in any form it comes in (text, Markdown, HTML, DOCX, PDF, or canonical JSON),
 * recognising the form from the content rather than trusting the file name.
 */
public final class ReportReader {
  private static final Charset GB18030 = Charset.forName("GB18030");

  /** The forms a report can come in. */
  public enum Form { TEXT, HTML, DOCX, PDF, JSON }

  private ReportReader() {}

  /** Reads a report from a file; the findings are the reader's own (run the checks for the rest). */
  public static AnnualReport read(Path file) throws UnreadableDocumentException {
    return read(file.getFileName().toString(), load(file));
  }

  /** Reads a report from a file's content. */
  public static AnnualReport read(String name, byte[] content) throws UnreadableDocumentException {
    Form form = detect(name, content);
    if (form == Form.JSON) {
      try {
        return ReportJson.read(decode(content));
      } catch (ReportJson.InvalidReportJson e) {
        throw new UnreadableDocumentException("不是有效的年度报告 JSON：" + e.getMessage());
      }
    }
    return TemplateGrammar.read(blocks(form, content));
  }

  /** The block stream of a document in a known form (not JSON). */
  public static List<Block> blocks(Form form, byte[] content) throws UnreadableDocumentException {
    try {
      return switch (form) {
        case PDF -> new PdfParser().blocks(content);
        case DOCX -> new DocxParser().blocks(content);
        case HTML -> new HtmlParser().blocks(content);
        case TEXT, JSON -> new TextParser().blocks(decode(content));
      };
    } catch (UnreadableDocumentException e) {
      throw e;
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      throw new UnreadableDocumentException("文件内容无法解析（" + e.getClass().getSimpleName() + "）");
    }
  }

  /** Loads a file within the size limit, with Chinese reasons for every failure. */
  public static byte[] load(Path file) throws UnreadableDocumentException {
    try {
      if (Files.isDirectory(file)) {
        throw new UnreadableDocumentException("这是一个目录，不是文件");
      }
      long size = Files.size(file);
      if (size > Limits.MAX_FILE_BYTES) {
        throw new UnreadableDocumentException(String.format(Locale.ROOT, "文件过大（%.1f MB），超过 %d MB 的上限",
            size / 1048576.0, Limits.MAX_FILE_BYTES / 1048576));
      }
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new UnreadableDocumentException("文件不存在");
    } catch (IOException e) {
      throw new UnreadableDocumentException("无法读取文件：" + e.getClass().getSimpleName());
    }
  }

  /** Recognises a document's form from its first bytes (the name only breaks ties between text forms). */
  public static Form detect(String name, byte[] c) throws UnreadableDocumentException {
    if (c.length == 0) {
      throw new UnreadableDocumentException("文件为空");
    }
    if (startsWith(c, "%PDF")) {
      return Form.PDF;
    }
    if (startsWith(c, "PK\u0003\u0004") || (c.length > 8 && (c[0] & 0xff) == 0xD0 && (c[1] & 0xff) == 0xCF
        && (c[2] & 0xff) == 0x11 && (c[3] & 0xff) == 0xE0)) {
      return Form.DOCX;
    }
    if (isBinary(c)) {
      throw new UnreadableDocumentException("不是可识别的报告文件（既不是文本，也不是 HTML、DOCX 或 PDF）");
    }
    // The markers looked for are ASCII, which reads the same in UTF-8, GB18030 and UTF-16 after a BOM is skipped.
    String h = asciiHead(c).stripLeading().toLowerCase(Locale.ROOT);
    if (h.isEmpty() && c.length < 4096 && new String(c, StandardCharsets.UTF_8).isBlank()) {
      throw new UnreadableDocumentException("文件为空");
    }
    if (h.startsWith("{")) {
      return Form.JSON;
    }
    if (h.startsWith("<!doctype html") || h.startsWith("<html") || h.contains("<body") || h.contains("<table")
        || h.startsWith("<?xml") && h.contains("<html") || name.toLowerCase(Locale.ROOT).endsWith(".html")
        || name.toLowerCase(Locale.ROOT).endsWith(".htm")) {
      return Form.HTML;
    }
    return Form.TEXT;
  }

  private static boolean startsWith(byte[] c, String magic) {
    if (c.length < magic.length()) {
      return false;
    }
    for (int i = 0; i < magic.length(); i++) {
      if (c[i] != (byte) magic.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** Whether the bytes are not text: a NUL, or more than 1% control characters in the first 64 KB. */
  private static boolean isBinary(byte[] c) {
    boolean utf16 = c.length >= 2 && ((c[0] & 0xff) == 0xFF && (c[1] & 0xff) == 0xFE
        || (c[0] & 0xff) == 0xFE && (c[1] & 0xff) == 0xFF);
    if (utf16) {
      return false;
    }
    int n = Math.min(c.length, 64 * 1024);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int b = c[i] & 0xff;
      if (b == 0) {
        return true;
      }
      if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1b) {
        control++;
      }
    }
    return control > n / 100 + 1;
  }

  /** The ASCII characters of the first 4 KB (others dropped, UTF-16 zero bytes skipped), for recognising markup. */
  private static String asciiHead(byte[] c) {
    int n = Math.min(c.length, 4096);
    StringBuilder b = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      int v = c[i] & 0xff;
      if (v > 0 && v < 0x80) {
        b.append((char) v);
      } else if (v >= 0x80 && b.length() > 0 && b.charAt(b.length() - 1) != ' ') {
        b.append(' ');
      }
    }
    return b.toString();
  }

  /** Decodes text: a BOM decides; else strict UTF-8; else GB18030 (many agencies' files are GBK). */
  static String decode(byte[] c) throws UnreadableDocumentException {
    if (c.length >= 3 && (c[0] & 0xff) == 0xEF && (c[1] & 0xff) == 0xBB && (c[2] & 0xff) == 0xBF) {
      return new String(c, 3, c.length - 3, StandardCharsets.UTF_8);
    }
    if (c.length >= 2 && (c[0] & 0xff) == 0xFF && (c[1] & 0xff) == 0xFE) {
      return new String(c, 2, c.length - 2, StandardCharsets.UTF_16LE);
    }
    if (c.length >= 2 && (c[0] & 0xff) == 0xFE && (c[1] & 0xff) == 0xFF) {
      return new String(c, 2, c.length - 2, StandardCharsets.UTF_16BE);
    }
    for (Charset cs : List.of(StandardCharsets.UTF_8, GB18030)) {
      try {
        return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(c)).toString();
      } catch (CharacterCodingException e) {
        // try the next charset
      }
    }
    throw new UnreadableDocumentException("无法识别文件的字符编码（既不是 UTF-8 也不是 GBK/GB18030）");
  }
}
