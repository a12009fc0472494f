package org.gongkai.server.disclosure;

import java.util.Locale;
import java.util.Map;
import org.apache.tika.Tika;
import org.springframework.stereotype.Component;

/**
 * What may be attached to a publication: common office and image formats up to 20 MB, at most 10 per publication.
 * The type is sniffed from the bytes (Apache Tika), not taken from the browser, and must agree with the file name.
 */
@Component
class AttachmentPolicy {
  static final long MAX_BYTES = 20L * 1024 * 1024;
  static final int MAX_PER_PUBLICATION = 10;

  /** Allowed extensions and the types their content may be sniffed as. */
  private static final Map<String, String> TYPES = Map.of(
      "pdf", "application/pdf",
      "doc", "application/msword",
      "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "xls", "application/vnd.ms-excel",
      "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "jpg", "image/jpeg",
      "jpeg", "image/jpeg",
      "png", "image/png",
      "txt", "text/plain");

  private final Tika tika = new Tika();

  /** The content type to store; a Chinese error when the file is empty, too large, or not what its name says. */
  String check(String fileName, byte[] data, int alreadyAttached) {
    if (fileName == null || fileName.isBlank() || data == null || data.length == 0) {
      throw new DisclosureException("请选择要上传的附件（文件不能为空）。");
    }
    if (alreadyAttached >= MAX_PER_PUBLICATION) {
      throw new DisclosureException("每条信息最多上传" + MAX_PER_PUBLICATION + "个附件。");
    }
    if (data.length > MAX_BYTES) {
      throw new DisclosureException("附件“" + fileName + "”超过20MB，请压缩或拆分后上传。");
    }
    String name = baseName(fileName);
    int dot = name.lastIndexOf('.');
    String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    String expected = TYPES.get(ext);
    if (expected == null) {
      throw new DisclosureException("附件“" + name + "”的格式不允许上传；允许的格式：PDF、Word、Excel、JPG、PNG、TXT。");
    }
    String sniffed = tika.detect(data, name);
    boolean matches = sniffed.equals(expected)
        // Old Office files are OLE containers Tika may only recognise as such without its parser modules.
        || (ext.equals("doc") || ext.equals("xls")) && sniffed.equals("application/x-tika-msoffice")
        // Likewise new Office files as zip-based OOXML containers.
        || (ext.equals("docx") || ext.equals("xlsx")) && sniffed.equals("application/x-tika-ooxml");
    if (!matches) {
      throw new DisclosureException("附件“" + name + "”的内容与文件扩展名不符（检测为 " + sniffed + "），请上传真实的"
          + ext.toUpperCase(Locale.ROOT) + "文件。");
    }
    return expected;
  }

  /** The file name without any directory part a browser may send. */
  static String baseName(String fileName) {
    String n = fileName.replace('\\', '/');
    n = n.substring(n.lastIndexOf('/') + 1).trim();
    return n.length() > 200 ? n.substring(n.length() - 200) : n;
  }
}
