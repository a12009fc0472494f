package org.gongkai.server.request;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * SM4-GCM encryption of personal data at rest. The 128-bit key comes from {@code gongkai.crypto.sm4-key} (32 hex
 * digits; env {@code GONGKAI_SM4_KEY}); the prod profile refuses to start without one, or with the demo key.
 */
@Component
class Sm4Cipher {
  /** The key of the demo and test configuration; never valid in the prod profile. */
  static final String DEMO_KEY = "00112233445566778899aabbccddeeff";
  private static final int NONCE = 12;
  private static final int TAG_BITS = 128;

  private final byte[] key;
  private final byte[] fingerprintKey;
  private final SecureRandom random = new SecureRandom();

  Sm4Cipher(@Value("${gongkai.crypto.sm4-key:}") String hexKey, Environment env) {
    boolean prod = env.acceptsProfiles(Profiles.of("prod"));
    if (hexKey == null || hexKey.isBlank()) {
      throw new IllegalStateException("缺少个人信息加密密钥：请设置环境变量 GONGKAI_SM4_KEY（32位十六进制数字）");
    }
    if (prod && hexKey.trim().equalsIgnoreCase(DEMO_KEY)) {
      throw new IllegalStateException("生产环境不能使用演示密钥：请设置环境变量 GONGKAI_SM4_KEY");
    }
    this.key = parse(hexKey.trim());
    // A separate key for fingerprints, so that the encryption key is never used for two purposes.
    SM3Digest d = new SM3Digest();
    byte[] label = "gongkai applicant fingerprint".getBytes(StandardCharsets.UTF_8);
    d.update(label, 0, label.length);
    d.update(key, 0, key.length);
    this.fingerprintKey = new byte[d.getDigestSize()];
    d.doFinal(fingerprintKey, 0);
  }

  private static byte[] parse(String hex) {
    try {
      byte[] k = HexFormat.of().parseHex(hex);
      if (k.length == 16) {
        return k;
      }
    } catch (IllegalArgumentException e) {
      // reported below in Chinese
    }
    throw new IllegalStateException("个人信息加密密钥 GONGKAI_SM4_KEY 应为32位十六进制数字");
  }

  /**
   * A keyed fingerprint (HMAC-SM3 under a key derived from the SM4 key) of a value that must be compared without
   * being readable, such as an identity number: equal values give equal fingerprints, and nobody without the key can
   * test a guess against it. {@code null} and blank stay {@code null}.
   */
  String fingerprint(String plain) {
    if (plain == null || plain.isBlank()) {
      return null;
    }
    HMac mac = new HMac(new SM3Digest());
    mac.init(new KeyParameter(fingerprintKey));
    byte[] in = plain.getBytes(StandardCharsets.UTF_8);
    mac.update(in, 0, in.length);
    byte[] out = new byte[mac.getMacSize()];
    mac.doFinal(out, 0);
    return HexFormat.of().formatHex(out);
  }

  /** Ciphertext as Base64 of nonce + ciphertext + tag; {@code null} and blank stay {@code null}. */
  String encrypt(String plain) {
    if (plain == null || plain.isBlank()) {
      return null;
    }
    byte[] nonce = new byte[NONCE];
    random.nextBytes(nonce);
    byte[] in = plain.getBytes(StandardCharsets.UTF_8);
    GCMBlockCipher gcm = cipher(true, nonce);
    byte[] out = new byte[NONCE + gcm.getOutputSize(in.length)];
    System.arraycopy(nonce, 0, out, 0, NONCE);
    int n = gcm.processBytes(in, 0, in.length, out, NONCE);
    try {
      gcm.doFinal(out, NONCE + n);
    } catch (InvalidCipherTextException e) {
      throw new IllegalStateException("SM4 encryption failed", e);
    }
    return Base64.getEncoder().encodeToString(out);
  }

  /** The clear text of {@link #encrypt}'s output; a tampered value or a wrong key fails. */
  String decrypt(String stored) {
    if (stored == null) {
      return null;
    }
    byte[] all = Base64.getDecoder().decode(stored);
    GCMBlockCipher gcm = cipher(false, Arrays.copyOf(all, NONCE));
    byte[] out = new byte[gcm.getOutputSize(all.length - NONCE)];
    int n = gcm.processBytes(all, NONCE, all.length - NONCE, out, 0);
    try {
      n += gcm.doFinal(out, n);
    } catch (InvalidCipherTextException e) {
      throw new IllegalStateException("个人信息无法解密：密钥不符或数据被篡改", e);
    }
    return new String(out, 0, n, StandardCharsets.UTF_8);
  }

  private GCMBlockCipher cipher(boolean encrypt, byte[] nonce) {
    GCMBlockCipher gcm = (GCMBlockCipher) GCMBlockCipher.newInstance(new SM4Engine());
    gcm.init(encrypt, new AEADParameters(new KeyParameter(key), TAG_BITS, nonce));
    return gcm;
  }
}
