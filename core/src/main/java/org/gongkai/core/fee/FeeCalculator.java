package org.gongkai.core.fee;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Computes the information-processing fee of one request by the one method its {@link FeeBasis} names.
 */
public final class FeeCalculator {
  private final FeeSchedule schedule;

  public FeeCalculator(FeeSchedule schedule) {
    this.schedule = Objects.requireNonNull(schedule, "schedule");
  }

  /** The prices of 国办函〔2020〕109号. */
  public static FeeCalculator standard() {
    return new FeeCalculator(FeeSchedule.standard());
  }

  /** The fee of a request assessed on {@code basis}. */
  public Fee calculate(FeeBasis basis) {
    if (basis instanceof FeeBasis.ByCount c) {
      return byCount(c.nth());
    }
    return byVolume(((FeeBasis.ByVolume) basis).pages());
  }

  /**
   * The fee of the applicant's {@code nth} request in the calendar month; the count is cumulative over the
   * month, so only this request's own band applies.
   */
  public Fee byCount(int nth) {
    if (nth < 1) {
      throw new IllegalArgumentException("申请序号应为正整数：" + nth);
    }
    int from;
    int to;
    long unit;
    if (nth <= schedule.freeRequests()) {
      from = 1;
      to = schedule.freeRequests();
      unit = 0;
    } else if (nth <= schedule.firstBandLastRequest()) {
      from = schedule.freeRequests() + 1;
      to = schedule.firstBandLastRequest();
      unit = schedule.firstBandFen();
    } else {
      int band = (nth - schedule.firstBandLastRequest() - 1) / schedule.bandSize();
      from = schedule.firstBandLastRequest() + 1 + band * schedule.bandSize();
      to = from + schedule.bandSize() - 1;
      unit = schedule.firstBandFen() + schedule.bandStepFen() * (band + 1L);
    }
    String price = unit == 0 ? "免费" : "每件" + Money.text(unit);
    String text = FeeMethod.BY_COUNT.label() + "：本月第" + nth + "件申请，属第" + from + "—" + to + "件档（" + price
        + "），本件" + (unit == 0 ? "不收费" : "收费" + Money.text(unit)) + "。";
    return new Fee(FeeMethod.BY_COUNT, unit, List.of(new FeeItem(nth, nth, unit, unit)), text);
  }

  /** The fee of a request of {@code pages} pages: each page at the price of its band. */
  public Fee byVolume(int pages) {
    if (pages < 0) {
      throw new IllegalArgumentException("页数不能为负数：" + pages);
    }
    List<VolumeBand> bands = schedule.volumeBands();
    List<FeeItem> items = new ArrayList<>();
    List<String> lines = new ArrayList<>();
    long total = 0;
    for (int i = 0; i < bands.size() && bands.get(i).fromPage() <= pages; i++) {
      VolumeBand band = bands.get(i);
      int to = i + 1 < bands.size() ? Math.min(pages, bands.get(i + 1).fromPage() - 1) : pages;
      FeeItem item = new FeeItem(band.fromPage(), to, band.unitFen(), (to - band.fromPage() + 1L) * band.unitFen());
      items.add(item);
      total += item.fen();
      String range = "第" + item.from() + "—" + item.to() + "页";
      lines.add(item.unitFen() == 0 ? range + "免费"
          : range + item.count() + "页×" + Money.text(item.unitFen()) + "=" + Money.text(item.fen()));
    }
    String text = FeeMethod.BY_VOLUME.label() + "：共" + pages + "页"
        + (lines.isEmpty() ? "" : "；" + String.join("；", lines)) + "；合计" + Money.text(total) + "。";
    return new Fee(FeeMethod.BY_VOLUME, total, items, text);
  }
}
