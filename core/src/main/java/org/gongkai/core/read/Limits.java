package org.gongkai.core.read;

/** Bounds every reader keeps to, so that hostile input ends with a clear error instead of a hang or exhausted memory. */
public final class Limits {
  /** The largest input file read at all (bytes). */
  public static final long MAX_FILE_BYTES = 50L * 1024 * 1024;
  /** The most bytes a DOCX may unpack to (a zip bomb stops here). */
  public static final long MAX_UNPACKED_BYTES = 200L * 1024 * 1024;
  /** The most pages of a PDF that are read. */
  public static final int MAX_PDF_PAGES = 300;
  /** The most blocks one document may produce. */
  public static final int MAX_BLOCKS = 200_000;
  /** Wall-clock limit for reading one document (milliseconds). */
  public static final long MAX_READ_MILLIS = 30_000;

  private Limits() {}
}
