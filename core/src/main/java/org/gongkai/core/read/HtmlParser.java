package org.gongkai.core.read;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Front end for web pages: finds the page's charset, parses it leniently (broken markup included) and gives the
 * body as blocks in document order, with layout tables dissolved so that the data tables inside them stand alone.
 */
public final class HtmlParser implements DocumentParser {
  private static final int SNIFF_CHARS = 8192;

  public HtmlParser() {}

  @Override
  public List<Block> blocks(byte[] content) throws UnreadableDocumentException {
    if (content == null || content.length == 0) {
      throw new UnreadableDocumentException("文件为空，无法读取");
    }
    if (content.length > Limits.MAX_FILE_BYTES) {
      throw new UnreadableDocumentException("文件过大（超过 " + Limits.MAX_FILE_BYTES / 1024 / 1024 + " MB），无法读取");
    }
    try {
      String html = HtmlDecoder.decode(content);
      if (looksBinary(html)) {
        throw new UnreadableDocumentException("这不是 HTML 网页文件（含有二进制内容），无法读取");
      }
      Document doc = Jsoup.parse(html);
      BlockSink sink = new BlockSink();
      new HtmlWalker(sink).body(doc.body());
      if (sink.size() == 0) {
        throw new UnreadableDocumentException("网页中没有可读取的正文");
      }
      return sink.blocks();
    } catch (ReadLimitException e) {
      throw new UnreadableDocumentException(e.getMessage(), e);
    } catch (RuntimeException | StackOverflowError e) {
      throw new UnreadableDocumentException("HTML 文件无法解析：结构异常或嵌套过深", e);
    }
  }

  /** Text, unlike binary data, has (almost) no control characters and no undecodable bytes. */
  private static boolean looksBinary(String text) {
    int n = Math.min(text.length(), SNIFF_CHARS);
    int odd = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == 0) {
        return true;
      }
      if ((Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f') || c == '\ufffd') {
        odd++;
      }
    }
    return odd > 0 && odd * 50 > n;
  }
}
