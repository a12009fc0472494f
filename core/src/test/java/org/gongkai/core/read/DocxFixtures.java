package org.gongkai.core.read;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** DOCX test documents built in code: with POI, or as the raw parts Word writes where POI has no API. */
public final class DocxFixtures {
  static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

  private DocxFixtures() {}

  /**
   * Table 2's head as Word stores it: the 勾稽关系 cell merged down three rows (restart, then two continuation
   * cells), 申请人情况 spanning three grid columns, and a line break inside 总计.
   */
  static byte[] mergedCells() {
    String tcPr = "<w:tcPr><w:vMerge w:val=\"restart\"/></w:tcPr>";
    String body = para("三、收到和处理政府信息公开申请情况")
        + "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>"
        + "<w:tr><w:tc>" + tcPr + para("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）") + "</w:tc>"
        + "<w:tc><w:tcPr><w:gridSpan w:val=\"3\"/></w:tcPr>" + para("申请人情况") + "</w:tc></w:tr>"
        + "<w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc><w:tc>" + para("自然人") + "</w:tc>"
        + "<w:tc>" + para("法人或其他组织") + "</w:tc>"
        + "<w:tc><w:p><w:r><w:t>总</w:t><w:br/><w:t>计</w:t></w:r></w:p></w:tc></w:tr>"
        + "<w:tr><w:tc><w:tcPr><w:vMerge w:val=\"continue\"/></w:tcPr><w:p/></w:tc><w:tc><w:p/></w:tc>"
        + "<w:tc>" + para("商业企业") + "</w:tc><w:tc><w:p/></w:tc></w:tr>"
        + row("一、本年新收政府信息公开申请数量", "3", "0", "3")
        + "</w:tbl>" + "<w:p/>" + para("四、政府信息公开行政复议、行政诉讼情况");
    return rawDocx(body);
  }

  /** Table 2 pasted as a screenshot, as some agencies publish it. */
  static byte[] pictureForTable(byte[] png) {
    try (XWPFDocument doc = new XWPFDocument()) {
      doc.createParagraph().createRun().setText("三、收到和处理政府信息公开申请情况");
      doc.createParagraph().createRun().addPicture(new ByteArrayInputStream(png), Document.PICTURE_TYPE_PNG,
          "表2收到和处理政府信息公开申请情况.png", 5_400_000, 3_600_000);
      doc.createParagraph().createRun().setText("四、政府信息公开行政复议、行政诉讼情况");
      return write(doc);
    } catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Table 1 inside a text box, as Word saves it: the box in a markup-compatibility choice (DrawingML) with a
   * VML fallback that repeats the same content, anchored in a paragraph that goes on after it.
   */
  static byte[] textBoxTable() {
    String box = "<w:txbxContent><w:p><w:r><w:t>第二十条第（一）项</w:t></w:r></w:p>"
        + "<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr>"
        + "<w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>"
        + row("信息内容", "本年制发件数", "本年废止件数", "现行有效件数") + row("规章", "0", "0", "0")
        + row("行政规范性文件", "2", "1", "5") + "</w:tbl><w:p/></w:txbxContent>";
    String body = para("二、主动公开政府信息情况")
        + "<w:p><w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing>"
        + "<wp:anchor distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\" simplePos=\"0\" relativeHeight=\"2\""
        + " behindDoc=\"0\" locked=\"0\" layoutInCell=\"1\" allowOverlap=\"1\"><wp:simplePos x=\"0\" y=\"0\"/>"
        + "<wp:positionH relativeFrom=\"column\"><wp:posOffset>0</wp:posOffset></wp:positionH>"
        + "<wp:positionV relativeFrom=\"paragraph\"><wp:posOffset>0</wp:posOffset></wp:positionV>"
        + "<wp:extent cx=\"5400000\" cy=\"1440000\"/><wp:wrapTopAndBottom/><wp:docPr id=\"1\" name=\"文本框 2\"/>"
        + "<a:graphic><a:graphicData uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\">"
        + "<wps:wsp><wps:cNvSpPr txBox=\"1\"/><wps:spPr/><wps:txbx>" + box + "</wps:txbx><wps:bodyPr/></wps:wsp>"
        + "</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
        + "<mc:Fallback><w:pict><v:shape id=\"文本框 2\" style=\"width:425pt;height:113pt\"><v:textbox>" + box
        + "</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
        + "<w:r><w:t>以上为规范性文件情况。</w:t></w:r></w:p>"
        + para("三、收到和处理政府信息公开申请情况");
    return rawDocx(body);
  }

  /** A table nested in the cell of another, as in a page that lays out its content with a table. */
  static byte[] nestedTable() {
    String inner = "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>" + row("行政许可", "346")
        + row("行政处罚", "7") + "</w:tbl>";
    String body = "<w:tbl><w:tblGrid><w:gridCol/></w:tblGrid><w:tr><w:tc>" + para("示例县卫生健康局2023年政府信息公开工作年度报告")
        + para("二、主动公开政府信息情况") + inner + para("三、收到和处理政府信息公开申请情况")
        + "</w:tc></w:tr></w:tbl>";
    return rawDocx(body);
  }

  private static String row(String... cells) {
    StringBuilder out = new StringBuilder("<w:tr>");
    for (String c : cells) {
      out.append("<w:tc>").append(para(c)).append("</w:tc>");
    }
    return out.append("</w:tr>").toString();
  }

  private static String para(String text) {
    return "<w:p><w:r><w:t>" + text + "</w:t></w:r></w:p>";
  }

  /** A minimal package around a hand-written body. */
  static byte[] rawDocx(String body) {
    String document = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
        + "<w:document xmlns:w=\"" + W + "\""
        + " xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\""
        + " xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\""
        + " xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\""
        + " xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\""
        + " xmlns:v=\"urn:schemas-microsoft-com:vml\" mc:Ignorable=\"wps\"><w:body>" + body
        + "<w:sectPr/></w:body></w:document>";
    return zip(Map.of(
        "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
            + ".wordprocessingml.document.main+xml\"/></Types>",
        "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships"
            + "/officeDocument\" Target=\"word/document.xml\"/></Relationships>",
        "word/document.xml", document));
  }

  static byte[] zip(Map<String, String> entries) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, String> e : new java.util.TreeMap<>(entries).entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** A valid DOCX whose document part unpacks to {@code megabytes} MB of white space (a zip bomb). */
  public static byte[] zipBomb(int megabytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      byte[] docx = rawDocx("<w:p><w:r><w:t>炸弹</w:t></w:r></w:p>");
      try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(docx))) {
        for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
          zip.putNextEntry(new ZipEntry(e.getName()));
          byte[] part = in.readAllBytes();
          if (e.getName().equals("word/document.xml")) {
            int head = new String(part, StandardCharsets.UTF_8).indexOf("<w:body>") + "<w:body>".length();
            zip.write(part, 0, head);
            byte[] spaces = new byte[1024 * 1024];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < megabytes; i++) {
              zip.write(spaces);
            }
            zip.write(part, head, part.length - head);
          } else {
            zip.write(part);
          }
          zip.closeEntry();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** A DOCX encrypted with a password by POI, as Word does it (an OLE2 file holding EncryptedPackage). */
  public static byte[] encrypted(byte[] docx) {
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
      Encryptor enc = info.getEncryptor();
      enc.confirmPassword("示例密码");
      try (OutputStream os = enc.getDataStream(fs)) {
        os.write(docx);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      fs.writeFilesystem(out);
      return out.toByteArray();
    } catch (IOException | java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** An OLE2 file with a WordDocument stream: what a Word 97–2003 .doc looks like from outside. */
  public static byte[] legacyDoc() {
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      fs.createDocument(new ByteArrayInputStream(new byte[4096]), "WordDocument");
      fs.createDocument(new ByteArrayInputStream(new byte[512]), "1Table");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      fs.writeFilesystem(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] write(XWPFDocument doc) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    doc.write(out);
    return out.toByteArray();
  }
}
