package org.gongkai.core.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Whatever the bytes, a front end either gives a well-formed block stream or says, in one line, why it cannot. */
class ParsersPropertyTest {
  private static final List<DocumentParser> PARSERS = List.of(new HtmlParser(), new DocxParser(), new PdfParser());
  private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
      (byte) 0xE1};

  private static Gen<byte[]> anyBytes() {
    return Generate.byteArrays(integers().between(0, 4096), Generate.bytes(Byte.MIN_VALUE, Byte.MAX_VALUE, (byte) 0));
  }

  private static Gen<byte[]> withHeaders() {
    return Generate.oneOf(
        anyBytes().map(b -> concat("%PDF-1.".getBytes(StandardCharsets.US_ASCII), b)),
        anyBytes().map(b -> concat(new byte[] {'P', 'K', 3, 4}, b)),
        anyBytes().map(b -> concat(OLE2, b)),
        anyBytes().map(b -> concat("<html><body><table><tr><td>".getBytes(StandardCharsets.UTF_8), b)));
  }

  /** Real documents cut short or with bytes overwritten, which reach deeper into each parser than noise does. */
  private static Gen<byte[]> damagedDocuments() {
    List<byte[]> originals = List.of(Blocks.fixture("docx/weijian-2023.docx"), Blocks.fixture("pdf/weijian-2023.pdf"),
        Blocks.fixture("html/jiaoyu-2022-gbk.html"), DocxFixtures.textBoxTable());
    return in -> {
      byte[] doc = Generate.pick(originals).generate(in);
      int length = integers().between(1, doc.length).generate(in);
      List<Integer> positions = lists().of(integers().between(0, doc.length - 1)).ofSizeBetween(0, 8).generate(in);
      byte[] copy = java.util.Arrays.copyOf(doc, length);
      for (int p : positions) {
        if (p < copy.length) {
          copy[p] ^= (byte) 0x5A;
        }
      }
      return copy;
    };
  }

  @Test
  void arbitraryBytes() {
    qt().withExamples(150).forAll(anyBytes()).checkAssert(ParsersPropertyTest::assertOnlyUnreadable);
  }

  @Test
  void arbitraryBytesBehindAFileHeader() {
    qt().withExamples(150).forAll(withHeaders()).checkAssert(ParsersPropertyTest::assertOnlyUnreadable);
  }

  @Test
  void damagedRealDocuments() {
    qt().withExamples(60).forAll(damagedDocuments()).checkAssert(ParsersPropertyTest::assertOnlyUnreadable);
  }

  private static void assertOnlyUnreadable(byte[] bytes) {
    for (DocumentParser parser : PARSERS) {
      try {
        Blocks.assertWellFormed(parser.blocks(bytes));
      } catch (UnreadableDocumentException e) {
        assertThat(e.getMessage()).isNotBlank().doesNotContain("\n").doesNotContain("Exception");
      }
    }
    try {
      ReportReader.read("any", bytes);
    } catch (UnreadableDocumentException e) {
      assertThat(e.getMessage()).isNotBlank().doesNotContain("\n");
    }
  }

  private static byte[] concat(byte[] a, byte[] b) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(a);
    out.writeBytes(b);
    return out.toByteArray();
  }
}
