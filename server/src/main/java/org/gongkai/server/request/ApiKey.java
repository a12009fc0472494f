package org.gongkai.server.request;

import java.time.Instant;

/** An agency's key for the intake platform API as stored: only its hash and a short prefix, never the clear key. */
record ApiKey(long id, long agencyId, String hint, String label, Instant createdAt, String createdBy,
    Instant revokedAt, String revokedBy, Instant lastUsedAt) {

  public boolean active() {
    return revokedAt == null;
  }

  /** When it was created, in Beijing time. */
  public String createdText() {
    return text(createdAt);
  }

  /** When it was last used, in Beijing time, or 未使用. */
  public String lastUsedText() {
    return lastUsedAt == null ? "未使用" : text(lastUsedAt);
  }

  private static String text(Instant i) {
    return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
        .format(i.atZone(java.time.ZoneId.of("Asia/Shanghai")));
  }

  /** How the key appears as the actor in the audit log. */
  String actor() {
    // Actor columns hold 60 characters; the id identifies the key, the label only helps the reader.
    return "平台接口密钥#" + id + "（" + (label.length() > 30 ? label.substring(0, 30) + "…" : label) + "）";
  }
}
