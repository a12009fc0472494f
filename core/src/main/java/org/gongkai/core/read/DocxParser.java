package org.gongkai.core.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Front end for Word documents (DOCX): paragraphs, tables, pictures and text boxes in document order. Refuses
 * encrypted files, old binary .doc files, damaged archives and zip bombs with a one-line Chinese message.
 */
public final class DocxParser implements DocumentParser {
  private static final byte[] ZIP = {'P', 'K', 3, 4};
  private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
      (byte) 0xE1};

  static {
    // POI's own guards, in case a part slips past ZipGuard (they apply to every archive POI opens).
    ZipSecureFile.setMinInflateRatio(ZipGuard.MIN_INFLATE_RATIO);
    ZipSecureFile.setMaxEntrySize(Limits.MAX_UNPACKED_BYTES);
    ZipSecureFile.setMaxTextSize(Limits.MAX_UNPACKED_BYTES);
  }

  public DocxParser() {}

  @Override
  public List<Block> blocks(byte[] content) throws UnreadableDocumentException {
    if (content == null || content.length == 0) {
      throw new UnreadableDocumentException("文件为空，无法读取");
    }
    if (content.length > Limits.MAX_FILE_BYTES) {
      throw new UnreadableDocumentException("文件过大（超过 " + Limits.MAX_FILE_BYTES / 1024 / 1024 + " MB），无法读取");
    }
    if (startsWith(content, OLE2)) {
      throw new UnreadableDocumentException(oleMessage(content));
    }
    if (!startsWith(content, ZIP)) {
      throw new UnreadableDocumentException("这不是 DOCX 文件（文件头不是 Word 文档格式），无法读取");
    }
    if (!ZipGuard.check(content, "[Content_Types].xml")) {
      throw new UnreadableDocumentException("这不是 DOCX 文件（压缩包中没有 Office 文档内容），无法读取");
    }
    BlockSink sink = new BlockSink();
    try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(content));
        XWPFDocument doc = new XWPFDocument(pkg)) {
      new DocxWalker(sink, new DocxNumbering(doc)).blockContent(doc.getDocument().getBody().getDomNode());
      if (sink.size() == 0) {
        throw new UnreadableDocumentException("DOCX 文档中没有可读取的内容");
      }
      return sink.blocks();
    } catch (UnreadableDocumentException e) {
      throw e;
    } catch (ReadLimitException e) {
      throw new UnreadableDocumentException(e.getMessage(), e);
    } catch (InvalidFormatException | POIXMLException | IllegalStateException e) {
      throw new UnreadableDocumentException("DOCX 文件已损坏：不是有效的 Word 文档结构", e);
    } catch (IOException | OpenXML4JException | RuntimeException | StackOverflowError e) {
      String why = String.valueOf(e.getMessage()).contains("Zip bomb")
          ? "DOCX 文件异常：解压后体积过大（疑似压缩炸弹），已停止读取"
          : "DOCX 文件已损坏：内容无法解析";
      throw new UnreadableDocumentException(why, e);
    }
  }

  /** An OLE2 compound file is either an encrypted OOXML package or an older binary Office format. */
  private static String oleMessage(byte[] content) {
    try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content))) {
      DirectoryNode root = fs.getRoot();
      if (root.hasEntry("EncryptedPackage")) {
        return "文件已加密，无法读取";
      }
      if (root.hasEntry("WordDocument")) {
        return "这是旧版 Word（.doc）文件，请另存为 .docx 后再读取";
      }
      return "这不是 DOCX 文件（是其他旧版 Office 文件），无法读取";
    } catch (IOException | RuntimeException e) {
      return "DOCX 文件已损坏：旧版 Office 文件结构无法解析";
    }
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
