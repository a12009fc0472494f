package org.gongkai.core.fee;

/**
 * What one request's fee is assessed on; a sealed choice so that no request is ever charged by both methods.
 */
public sealed interface FeeBasis {
  /** The method this basis belongs to. */
  FeeMethod method();

  /**
   * By count: the request is the {@code nth} of this applicant in the calendar month (1-based).
   *
   * @param nth the request's number in the month
   */
  record ByCount(int nth) implements FeeBasis {
    public ByCount {
      if (nth < 1) {
        throw new IllegalArgumentException("申请序号应为正整数：" + nth);
      }
    }

    @Override
    public FeeMethod method() {
      return FeeMethod.BY_COUNT;
    }
  }

  /**
   * By volume: the pages provided for this request (electronic text converted with {@link PageCounting}).
   *
   * @param pages the number of pages
   */
  record ByVolume(int pages) implements FeeBasis {
    public ByVolume {
      if (pages < 0) {
        throw new IllegalArgumentException("页数不能为负数：" + pages);
      }
    }

    @Override
    public FeeMethod method() {
      return FeeMethod.BY_VOLUME;
    }
  }
}
