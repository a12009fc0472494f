package org.gongkai.core.fee;

import java.util.List;

/**
 * The prices of 国办函〔2020〕109号, as data so the tiers are visible in one place.
 *
 * @param freeRequests requests per applicant and month that are free (10)
 * @param firstBandLastRequest the last request of the first paid band (30)
 * @param firstBandFen the price of each request in the first paid band (100元)
 * @param bandSize requests in each further band (10)
 * @param bandStepFen how much each further band adds to the price per request (100元)
 * @param volumeBands page prices, ascending by first page, the first starting at page 1
 */
public record FeeSchedule(int freeRequests, int firstBandLastRequest, long firstBandFen, int bandSize,
    long bandStepFen, List<VolumeBand> volumeBands) {
  public FeeSchedule {
    volumeBands = List.copyOf(volumeBands);
    if (freeRequests < 0 || firstBandLastRequest <= freeRequests || bandSize < 1 || firstBandFen < 0
        || bandStepFen < 0) {
      throw new IllegalArgumentException("按件计收档次无效");
    }
    if (volumeBands.isEmpty() || volumeBands.get(0).fromPage() != 1) {
      throw new IllegalArgumentException("按量计收档次应从第1页开始");
    }
    for (int i = 1; i < volumeBands.size(); i++) {
      if (volumeBands.get(i).fromPage() <= volumeBands.get(i - 1).fromPage()) {
        throw new IllegalArgumentException("按量计收档次的起始页应递增");
      }
    }
  }

  /**
   * 国办函〔2020〕109号: by count 1–10 free, 11–30 100元 each, then each band of 10 requests 100元 more each;
   * by volume pages 1–30 free, 31–100 10元, 101–200 20元, from 201 40元 per page.
   */
  public static FeeSchedule standard() {
    return new FeeSchedule(10, 30, 100_00, 10, 100_00, List.of(
        new VolumeBand(1, 0), new VolumeBand(31, 10_00), new VolumeBand(101, 20_00), new VolumeBand(201, 40_00)));
  }
}
