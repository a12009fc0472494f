package org.gongkai.core.fee;

/**
 * A price per page from {@code fromPage} on, up to the page before the next band starts.
 *
 * @param fromPage the first page the price applies to, 1-based
 * @param unitFen the price of one page in fen (0 when free)
 */
public record VolumeBand(int fromPage, long unitFen) {
  public VolumeBand {
    if (fromPage < 1 || unitFen < 0) {
      throw new IllegalArgumentException("按量计收档次无效：起始页" + fromPage + "，单价" + unitFen + "分");
    }
  }
}
