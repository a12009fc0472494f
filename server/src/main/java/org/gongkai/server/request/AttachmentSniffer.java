package org.gongkai.server.request;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Recognises PDF, JPEG, PNG and DOCX by their content, never by the file name; anything else is refused. A DOCX
 * is a ZIP holding {@code word/document.xml}.
 */
final class AttachmentSniffer {
  static final long MAX_BYTES = 10L * 1024 * 1024;
  static final int MAX_FILES = 3;

  private AttachmentSniffer() {}

  /** The MIME type the content shows, or {@code null} when it is none of the four accepted types. */
  static String sniff(byte[] b) {
    if (starts(b, 0x25, 0x50, 0x44, 0x46, 0x2D)) {
      return "application/pdf";
    }
    if (starts(b, 0xFF, 0xD8, 0xFF)) {
      return "image/jpeg";
    }
    if (starts(b, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
      return "image/png";
    }
    if (starts(b, 0x50, 0x4B, 0x03, 0x04) && isDocx(b)) {
      return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    }
    return null;
  }

  /** The upload with its sniffed type; a Chinese refusal when too large or of another type. */
  static Upload check(String fileName, byte[] content) {
    String name = fileName == null || fileName.isBlank() ? "附件" : fileName.replaceAll("[\\\\/\\p{Cntrl}]", "_");
    if (name.length() > 100) {
      name = name.substring(name.length() - 100);
    }
    if (content.length > MAX_BYTES) {
      throw new StepException("附件“" + name + "”超过10MB，请压缩后重新上传");
    }
    String type = sniff(content);
    if (type == null) {
      throw new StepException("附件“" + name + "”不是PDF、JPG、PNG或DOCX文件（按文件内容判断），请重新选择");
    }
    return new Upload(name, type, content);
  }

  private static boolean starts(byte[] b, int... magic) {
    if (b.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if ((b[i] & 0xFF) != magic[i]) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDocx(byte[] b) {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(b))) {
      ZipEntry e;
      int seen = 0;
      while ((e = zip.getNextEntry()) != null && seen++ < 1000) {
        if (e.getName().equals("word/document.xml")) {
          return true;
        }
      }
      return false;
    } catch (IOException | IllegalArgumentException e) {
      return false;
    }
  }
}
