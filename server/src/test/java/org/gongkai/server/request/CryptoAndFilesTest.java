package org.gongkai.server.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** SM4 at rest, masking on screen, and attachment types sniffed from content. */
class CryptoAndFilesTest {

  @Test
  void sm4RoundTripsWithAFreshNonceAndRefusesTampering() {
    Sm4Cipher c = new Sm4Cipher(Sm4Cipher.DEMO_KEY, new MockEnvironment());
    String a = c.encrypt("110101199001011234");
    String b = c.encrypt("110101199001011234");
    assertThat(a).isNotEqualTo(b).doesNotContain("1234");
    assertThat(c.decrypt(a)).isEqualTo("110101199001011234");
    char[] x = a.toCharArray();
    x[20] = x[20] == 'A' ? 'B' : 'A';
    assertThatThrownBy(() -> c.decrypt(new String(x))).hasMessageContaining("无法解密");
    Sm4Cipher other = new Sm4Cipher("ffeeddccbbaa99887766554433221100", new MockEnvironment());
    assertThatThrownBy(() -> other.decrypt(a)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void theProdProfileNeedsARealKey() {
    MockEnvironment prod = new MockEnvironment();
    prod.setActiveProfiles("prod");
    assertThatThrownBy(() -> new Sm4Cipher("", prod)).hasMessageContaining("GONGKAI_SM4_KEY");
    assertThatThrownBy(() -> new Sm4Cipher(Sm4Cipher.DEMO_KEY, prod)).hasMessageContaining("演示密钥");
    assertThatThrownBy(() -> new Sm4Cipher("abc", prod)).hasMessageContaining("32位十六进制");
    assertThat(new Sm4Cipher("0123456789abcdef0123456789abcdef", prod).encrypt("x")).isNotBlank();
  }

  @Test
  void maskingKeepsTheEnds() {
    assertThat(Masking.idNumber("110101199001011234")).isEqualTo("110***********1234");
    assertThat(Masking.phone("13812345678")).isEqualTo("138****5678");
    assertThat(Masking.address("北京市海淀区中关村大街1号")).isEqualTo("北京市海淀区****");
    assertThat(Masking.email("zhang@example.org")).isEqualTo("z***@example.org");
  }

  @Test
  void typesComeFromContentNotFromTheName() throws Exception {
    assertThat(AttachmentSniffer.check("a.txt", "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)).contentType())
        .isEqualTo("application/pdf");
    assertThat(AttachmentSniffer.sniff(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0})).isEqualTo("image/jpeg");
    assertThatThrownBy(() -> AttachmentSniffer.check("evil.pdf", "MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1)))
        .hasMessageContaining("不是PDF、JPG、PNG或DOCX");
    assertThat(AttachmentSniffer.sniff(zip("word/document.xml"))).endsWith("wordprocessingml.document");
    assertThat(AttachmentSniffer.sniff(zip("xl/workbook.xml"))).isNull();
    assertThatThrownBy(() -> AttachmentSniffer.check("big.pdf", new byte[(int) AttachmentSniffer.MAX_BYTES + 1]))
        .hasMessageContaining("超过10MB");
  }

  static byte[] zip(String entry) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      z.putNextEntry(new ZipEntry(entry));
      z.write("<x/>".getBytes(StandardCharsets.UTF_8));
      z.closeEntry();
    }
    return out.toByteArray();
  }
}
