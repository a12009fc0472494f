package org.gongkai.core.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Inspects a ZIP container before anything unpacks it for real: it must be complete (have its central
 * directory), must not unpack to more than {@link Limits#MAX_UNPACKED_BYTES}, and no large entry may be
 * compressed more than a zip bomb would be.
 */
final class ZipGuard {
  /** Entries are compared with their packed size only beyond this, so small, very regular parts pass. */
  private static final long RATIO_GRACE_BYTES = 1024 * 1024;
  /** Packed bytes per unpacked byte below which an entry is taken for a bomb (ordinary XML stays above 1%). */
  static final double MIN_INFLATE_RATIO = 0.005;
  private static final int EOCD_SEARCH = 22 + 65_535;

  private ZipGuard() {}

  /** Checks the archive; returns whether it holds an entry with the given name. */
  static boolean check(byte[] zip, String requiredEntry) throws UnreadableDocumentException {
    if (!hasEndOfCentralDirectory(zip)) {
      throw new UnreadableDocumentException("DOCX 文件已损坏：文件不完整（可能在下载或复制时被截断）");
    }
    CountingInput raw = new CountingInput(zip);
    boolean found = false;
    long total = 0;
    byte[] buffer = new byte[64 * 1024];
    try (ZipInputStream in = new ZipInputStream(raw)) {
      ZipEntry entry;
      while ((entry = in.getNextEntry()) != null) {
        found |= entry.getName().equals(requiredEntry);
        long packedStart = raw.position();
        long entryBytes = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
          entryBytes += n;
          total += n;
          if (total > Limits.MAX_UNPACKED_BYTES) {
            throw bomb();
          }
          if (entryBytes > RATIO_GRACE_BYTES
              && (raw.position() - packedStart) < entryBytes * MIN_INFLATE_RATIO) {
            throw bomb();
          }
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      throw new UnreadableDocumentException("DOCX 文件已损坏：压缩数据无法解开", e);
    }
    return found;
  }

  private static UnreadableDocumentException bomb() {
    return new UnreadableDocumentException("DOCX 文件异常：解压后体积过大（疑似压缩炸弹），已停止读取");
  }

  private static boolean hasEndOfCentralDirectory(byte[] zip) {
    int from = Math.max(0, zip.length - EOCD_SEARCH);
    for (int i = zip.length - 22; i >= from; i--) {
      if (zip[i] == 'P' && zip[i + 1] == 'K' && zip[i + 2] == 5 && zip[i + 3] == 6) {
        return true;
      }
    }
    return false;
  }

  /** A byte-array stream that tells how far it has been read. */
  private static final class CountingInput extends ByteArrayInputStream {
    CountingInput(byte[] bytes) {
      super(bytes);
    }

    long position() {
      return pos;
    }
  }
}
