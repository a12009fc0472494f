package org.gongkai.core.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.gongkai.core.read.DocxFixtures;
import org.gongkai.core.read.PdfFixtures;
import org.gongkai.core.report.AnnualReport;
import org.gongkai.core.report.ReportJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The {@code parse}, {@code check} and {@code render} commands as other tools call them: output and exit status. */
class ReportCommandsTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir
  Path dir;

  private record Run(int status, String out, String err) {}

  private static Run gongkai(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Gongkai.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(status, out.toString(), err.toString());
  }

  private Path fixture(String resource) throws IOException {
    Path target = dir.resolve(Path.of(resource).getFileName().toString());
    try (InputStream in = getClass().getResourceAsStream("/fixtures/" + resource)) {
      Files.write(target, in.readAllBytes());
    }
    return target;
  }

  private Path file(String name, byte[] content) throws IOException {
    return Files.write(dir.resolve(name), content);
  }

  @Test
  void parseOneFilePrintsOneCanonicalObject() throws Exception {
    Run r = gongkai("parse", fixture("text/01-tab-rows.txt").toString());
    assertThat(r.status()).isZero();
    AnnualReport report = ReportJson.read(r.out());
    assertThat(report.agency()).isNotBlank();
    assertThat(JSON.readTree(r.out()).has("source")).isFalse();
  }

  @Test
  void parseSeveralFilesPrintsOneObjectPerLineWithItsSource() throws Exception {
    Path a = fixture("text/01-tab-rows.txt");
    Path b = fixture("html/weijian-2023.html");
    Run r = gongkai("parse", a.toString(), b.toString());
    assertThat(r.status()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(lines).hasSize(2);
    assertThat(lines).extracting(l -> JSON.readTree(l).get("source").asString())
        .containsExactly("01-tab-rows.txt", "weijian-2023.html");
    assertThat(JSON.readTree(lines.get(1)).get("requests").get("1").get("total").asInt()).isEqualTo(3);
    assertThat(r.err()).contains("汇总").contains("文件：2 个，可读取 2 个");
  }

  @Test
  void checkExitsOneOnErrorsZeroWithoutAndPrintsChinese() throws Exception {
    Run errors = gongkai("check", fixture("text/13-arithmetic-errors.txt").toString());
    assertThat(errors.status()).isEqualTo(1);
    assertThat(errors.out()).contains("[错误] REQ_BALANCE").contains("（位置：requests.total）");
    Run clean = gongkai("check", fixture("html/weijian-2023.html").toString());
    assertThat(clean.status()).isZero();
    assertThat(clean.out()).contains("未发现问题");
  }

  @Test
  void checkJsonGivesTheParseObjectsWithFindings() throws Exception {
    Run r = gongkai("check", "--json", fixture("text/13-arithmetic-errors.txt").toString());
    assertThat(r.status()).isEqualTo(1);
    JsonNode tree = JSON.readTree(r.out());
    assertThat(tree.get("schema").asString()).isEqualTo("gongkai.annual-report/1");
    assertThat(tree.get("findings").findValuesAsString("code")).contains("REQ_BALANCE", "APPEAL_SUM");
  }

  @Test
  void checkAcceptsCanonicalJsonAndAPreviousYear() throws Exception {
    Path earlier = fixture("crossyear/a-2022.txt");
    Path later = fixture("crossyear/a-2023.txt");
    Path json = file("a-2023.json", gongkai("parse", later.toString()).out().getBytes(StandardCharsets.UTF_8));
    Run r = gongkai("check", "--previous", earlier.toString(), json.toString());
    assertThat(r.out()).contains("CARRY_MISMATCH").contains("TEXT_REPEATED").contains("IN_FORCE_MISMATCH");
    assertThat(r.status()).isEqualTo(1);
  }

  @Test
  void aDirectoryMeansEveryReportBelowItWithASummary() throws Exception {
    fixture("text/01-tab-rows.txt");
    fixture("text/11-tables-as-images.txt");
    file("notes.bin", new byte[] {1, 2, 3});
    Run r = gongkai("check", dir.toString());
    assertThat(r.out()).contains("01-tab-rows.txt").contains("11-tables-as-images.txt").doesNotContain("notes.bin");
    assertThat(r.out()).contains("汇总").contains("文件：2 个").contains("TABLE_NOT_TEXT");
  }

  @Test
  void renderWritesEveryFormatThatOpens() throws Exception {
    Path src = fixture("html/weijian-2023.html");
    for (String to : List.of("json", "txt", "html", "docx", "xlsx")) {
      Path out = dir.resolve("out." + to);
      Run r = gongkai("render", src.toString(), "--to", to, "-o", out.toString());
      assertThat(r.status()).as(to + ": " + r.err()).isZero();
      assertThat(Files.size(out)).isPositive();
    }
    try (XWPFDocument d = new XWPFDocument(Files.newInputStream(dir.resolve("out.docx")))) {
      assertThat(d.getTables()).hasSize(3);
    }
    try (XSSFWorkbook w = new XSSFWorkbook(Files.newInputStream(dir.resolve("out.xlsx")))) {
      assertThat(w.getNumberOfSheets()).isEqualTo(3);
    }
    assertThat(ReportJson.read(Files.readString(dir.resolve("out.json"))).proactive().licensing()).isEqualTo(346);
    Run bad = gongkai("render", src.toString(), "--to", "pptx", "-o", dir.resolve("x").toString());
    assertThat(bad.status()).isEqualTo(2);
    assertThat(bad.err()).startsWith("错误：不支持的输出格式");
  }

  private void assertUnreadable(Path file, String message) {
    Run r = gongkai("check", file.toString());
    assertThat(r.status()).as(r.err()).isEqualTo(2);
    assertThat(r.err().lines().toList()).singleElement().asString().isEqualTo(file + "：" + message);
    assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void badInputsGetOneChineseLineAndStatusTwo() throws Exception {
    assertUnreadable(file("empty.txt", new byte[0]), "文件为空");
    byte[] garbage = new byte[50_000];
    new java.util.Random(7).nextBytes(garbage);
    assertUnreadable(file("garbage.bin", garbage), "不是可识别的报告文件（既不是文本，也不是 HTML、DOCX 或 PDF）");
    byte[] docx = Files.readAllBytes(fixture("docx/weijian-2023.docx"));
    assertUnreadable(file("truncated.docx", java.util.Arrays.copyOf(docx, docx.length / 2)),
        "DOCX 文件已损坏：文件不完整（可能在下载或复制时被截断）");
    assertUnreadable(file("secret.docx", DocxFixtures.encrypted(docx)), "文件已加密，无法读取");
    assertUnreadable(file("bomb.docx", DocxFixtures.zipBomb(300)), "DOCX 文件异常：解压后体积过大（疑似压缩炸弹），已停止读取");
    assertUnreadable(file("old.doc", DocxFixtures.legacyDoc()), "这是旧版 Word（.doc）文件，请另存为 .docx 后再读取");
    assertUnreadable(file("secret.pdf", PdfFixtures.encrypted()), "PDF 已加密，无法读取");
    byte[] loop = ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
        + "2 0 obj << /Type /Pages /Kids [2 0 R] /Count 1 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
        .getBytes(StandardCharsets.US_ASCII);
    Run r = gongkai("check", file("loop.pdf", loop).toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).startsWith(dir.resolve("loop.pdf") + "：PDF").doesNotContain("Exception");
  }

  @Test
  void aHugeFileIsRefusedWithoutReadingIt() throws Exception {
    Path huge = dir.resolve("huge.txt");
    try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
      f.setLength(200L * 1024 * 1024);
    }
    assertUnreadable(huge, "文件过大（200.0 MB），超过 50 MB 的上限");
  }

  @Test
  void oneUnreadableFileAmongGoodOnesStillGivesStatusTwoAndTheOthersResults() throws Exception {
    Path good = fixture("html/weijian-2023.html");
    Path empty = file("empty.txt", new byte[0]);
    Run r = gongkai("check", good.toString(), empty.toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.out()).contains("weijian-2023.html").contains("未发现问题");
    assertThat(r.err()).contains("empty.txt：文件为空");
  }

  @Test
  void aScannedPdfIsReportedAsPicturesNotMisread() throws Exception {
    Path scanned = file("scan.pdf", PdfFixtures.scanned(3, Set.of(), Set.of()));
    Run r = gongkai("check", "--json", scanned.toString());
    JsonNode tree = JSON.readTree(r.out());
    assertThat(tree.get("requests").isNull()).isTrue();
    assertThat(tree.get("findings").findValuesAsString("code")).contains("TABLE_NOT_TEXT");
  }

  @Test
  void usageErrorsAreChinese() {
    Run r = gongkai("check");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).startsWith("错误：缺少参数");
    Run help = gongkai("--help");
    assertThat(help.status()).isZero();
    assertThat(help.out()).contains("parse").contains("check").contains("render").contains("workdays");
  }

  @Test
  void docxOfARealWriterIsReadable() throws Exception {
    Path src = fixture("html/weijian-2023.html");
    Path docx = dir.resolve("w.docx");
    gongkai("render", src.toString(), "--to", "docx", "-o", docx.toString());
    Run r = gongkai("parse", docx.toString());
    assertThat(ReportJson.read(r.out()).requests().row(org.gongkai.core.report.RequestRow.R1).total()).isEqualTo(3);
  }
}
