package org.gongkai.server.audit;

import java.nio.charset.StandardCharsets;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.util.encoders.Hex;

/** SM3 (GB/T 32905-2016) over UTF-8 text, as lower-case hex. */
final class Sm3 {
  private Sm3() {}

  static String hex(String text) {
    byte[] in = text.getBytes(StandardCharsets.UTF_8);
    SM3Digest d = new SM3Digest();
    d.update(in, 0, in.length);
    byte[] out = new byte[d.getDigestSize()];
    d.doFinal(out, 0);
    return Hex.toHexString(out);
  }

  /** The chain rule: an entry's hash is SM3 of the previous hash followed by the entry's canonical form. */
  static String chain(String previousHash, AuditEntry entry) {
    return hex(previousHash + entry.canonical());
  }
}
