package org.gongkai.core.read;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Front end for PDF: rebuilds lines, cells and tables from the positions of the printed characters, drops page
 * numbers and running headers, and marks pages that carry only a scanned image. Reading runs on its own thread
 * under {@link Limits#MAX_READ_MILLIS}, so a looping or hostile file ends with a message, not a hang.
 */
public final class PdfParser implements DocumentParser {
  /** Memory PDFBox may use for decoded streams of one document. */
  private static final long MAX_STREAM_CACHE_BYTES = 256L * 1024 * 1024;
  private static final long GRACE_MILLIS = 2_000;

  public PdfParser() {}

  @Override
  public List<Block> blocks(byte[] content) throws UnreadableDocumentException {
    if (content == null || content.length == 0) {
      throw new UnreadableDocumentException("文件为空，无法读取");
    }
    if (content.length > Limits.MAX_FILE_BYTES) {
      throw new UnreadableDocumentException("文件过大（超过 " + Limits.MAX_FILE_BYTES / 1024 / 1024 + " MB），无法读取");
    }
    if (!hasPdfHeader(content)) {
      throw new UnreadableDocumentException("这不是 PDF 文件（缺少 %PDF 文件头），无法读取");
    }
    long deadline = System.nanoTime() + Limits.MAX_READ_MILLIS * 1_000_000L;
    FutureTask<List<Block>> task = new FutureTask<>(() -> read(content, new BlockSink(deadline)));
    Thread worker = new Thread(task, "gongkai-pdf-reader");
    worker.setDaemon(true);
    worker.start();
    try {
      return task.get(Limits.MAX_READ_MILLIS + GRACE_MILLIS, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      worker.interrupt();
      throw new UnreadableDocumentException("PDF 读取超时（超过 " + Limits.MAX_READ_MILLIS / 1000 + " 秒），文件可能已损坏", e);
    } catch (InterruptedException e) {
      worker.interrupt();
      Thread.currentThread().interrupt();
      throw new UnreadableDocumentException("PDF 读取被中断", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof UnreadableDocumentException u) {
        throw u;
      }
      if (cause instanceof OutOfMemoryError) {
        throw new UnreadableDocumentException("PDF 文件过大或结构异常，内存不足，无法读取", cause);
      }
      throw new UnreadableDocumentException("PDF 文件已损坏：内容无法解析", cause);
    }
  }

  private static List<Block> read(byte[] content, BlockSink sink) throws UnreadableDocumentException {
    try (PDDocument doc = Loader.loadPDF(content, "", null, null,
        MemoryUsageSetting.setupMainMemoryOnly(MAX_STREAM_CACHE_BYTES).streamCache)) {
      int pageCount = doc.getNumberOfPages();
      if (pageCount > Limits.MAX_PDF_PAGES) {
        throw new UnreadableDocumentException(
            "PDF 页数过多（" + pageCount + " 页，最多读取 " + Limits.MAX_PDF_PAGES + " 页），无法读取");
      }
      if (pageCount == 0) {
        throw new UnreadableDocumentException("PDF 文件已损坏：没有任何页面");
      }
      List<PdfGlyphReader.Page> pages = new PdfGlyphReader(sink).read(doc);
      List<PdfLine> lines = new ArrayList<>();
      Set<Integer> scanned = new HashSet<>();
      for (PdfGlyphReader.Page page : pages) {
        sink.checkTime();
        if (page.glyphs().isEmpty()) {
          if (PdfImages.hasImage(page.page())) {
            scanned.add(page.number());
          }
        } else {
          lines.addAll(PdfPageLayout.lines(page, PdfRules.of(page.page(), sink)));
        }
      }
      new PdfAssembler(sink).assemble(pageCount, PdfMargins.strip(lines, pageCount), scanned);
      if (sink.size() == 0) {
        throw new UnreadableDocumentException("PDF 中没有可读取的文字或图片");
      }
      return sink.blocks();
    } catch (InvalidPasswordException e) {
      throw new UnreadableDocumentException("PDF 已加密，无法读取", e);
    } catch (ReadLimitException e) {
      throw new UnreadableDocumentException(e.getMessage(), e);
    } catch (IOException e) {
      throw new UnreadableDocumentException("PDF 文件已损坏：" + reason(e), e);
    } catch (RuntimeException | StackOverflowError e) {
      throw new UnreadableDocumentException("PDF 文件已损坏：内容无法解析", e);
    }
  }

  /** A short Chinese reason for the commonest structural failures PDFBox reports. */
  private static String reason(IOException e) {
    String m = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
    if (m.contains("xref") || m.contains("trailer") || m.contains("root") || m.contains("startxref")) {
      return "交叉引用表或文件尾损坏";
    }
    if (m.contains("header")) {
      return "文件头无效";
    }
    if (m.contains("decrypt") || m.contains("encrypt") || m.contains("security")) {
      return "加密信息无法处理";
    }
    return "文件结构无法解析";
  }

  private static boolean hasPdfHeader(byte[] content) {
    int limit = Math.min(content.length - 5, 1024);
    for (int i = 0; i <= limit; i++) {
      if (content[i] == '%' && content[i + 1] == 'P' && content[i + 2] == 'D' && content[i + 3] == 'F'
          && content[i + 4] == '-') {
        return true;
      }
    }
    return false;
  }
}
