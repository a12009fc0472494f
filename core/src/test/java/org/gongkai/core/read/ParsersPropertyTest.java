package org.gongkai.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever the bytes, a front end either gives a well-formed block stream or says, in one line, why it cannot. */
class ParsersPropertyTest {
  private static final List<DocumentParser> PARSERS = List.of(new HtmlParser(), new DocxParser(), new PdfParser());
  private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
      (byte) 0xE1};

  @Provide
  Arbitrary<byte[]> anyBytes() {
    return Arbitraries.bytes().array(byte[].class).ofMaxSize(4096);
  }

  @Provide
  Arbitrary<byte[]> withHeaders() {
    return Arbitraries.oneOf(
        anyBytes().map(b -> concat("%PDF-1.".getBytes(StandardCharsets.US_ASCII), b)),
        anyBytes().map(b -> concat(new byte[] {'P', 'K', 3, 4}, b)),
        anyBytes().map(b -> concat(OLE2, b)),
        anyBytes().map(b -> concat("<html><body><table><tr><td>".getBytes(StandardCharsets.UTF_8), b)));
  }

  /** Real documents cut short or with bytes overwritten, which reach deeper into each parser than noise does. */
  @Provide
  Arbitrary<byte[]> damagedDocuments() {
    Arbitrary<byte[]> originals = Arbitraries.of(
        Blocks.fixture("docx/weijian-2023.docx"), Blocks.fixture("pdf/weijian-2023.pdf"),
        Blocks.fixture("html/jiaoyu-2022-gbk.html"), DocxFixtures.textBoxTable());
    return originals.flatMap(doc -> Arbitraries.integers().between(0, doc.length - 1).list().ofMaxSize(8)
        .flatMap(positions -> Arbitraries.integers().between(1, doc.length).map(length -> {
          byte[] copy = java.util.Arrays.copyOf(doc, length);
          for (int p : positions) {
            if (p < copy.length) {
              copy[p] ^= (byte) 0x5A;
            }
          }
          return copy;
        })));
  }

  @Property(tries = 150)
  void arbitraryBytes(@ForAll("anyBytes") byte[] bytes) {
    assertOnlyUnreadable(bytes);
  }

  @Property(tries = 150)
  void arbitraryBytesBehindAFileHeader(@ForAll("withHeaders") byte[] bytes) {
    assertOnlyUnreadable(bytes);
  }

  @Property(tries = 60)
  void damagedRealDocuments(@ForAll("damagedDocuments") byte[] bytes) {
    assertOnlyUnreadable(bytes);
  }

  private static void assertOnlyUnreadable(byte[] bytes) {
    for (DocumentParser parser : PARSERS) {
      try {
        Blocks.assertWellFormed(parser.blocks(bytes));
      } catch (UnreadableDocumentException e) {
        assertThat(e.getMessage()).isNotBlank().doesNotContain("\n").doesNotContain("Exception");
      }
    }
  }

  private static byte[] concat(byte[] a, byte[] b) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(a);
    out.writeBytes(b);
    return out.toByteArray();
  }
}
