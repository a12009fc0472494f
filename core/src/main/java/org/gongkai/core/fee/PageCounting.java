package org.gongkai.core.fee;

/**
 * How electronic information without pages of its own is counted in pages for a fee by volume (a setting; the
 * fee rules do not fix it). Paper, scans and fixed-layout files (PDF, images) count their actual pages.
 *
 * @param charactersPerPage characters that make one page; the default 616 is a page of the official document
 *     format GB/T 9704-2012 (22 lines of 28 characters)
 */
public record PageCounting(int charactersPerPage) {
  /** Characters on one page of an official document under GB/T 9704-2012: 22 lines × 28 characters. */
  public static final int OFFICIAL_DOCUMENT_PAGE = 22 * 28;

  public PageCounting {
    if (charactersPerPage < 1) {
      throw new IllegalArgumentException("每页字数应为正整数：" + charactersPerPage);
    }
  }

  /** The default setting: {@value #OFFICIAL_DOCUMENT_PAGE} characters per page. */
  public static PageCounting standard() {
    return new PageCounting(OFFICIAL_DOCUMENT_PAGE);
  }

  /**
   * The pages {@code characters} of text make: every started page counts.
   *
   * @throws IllegalArgumentException (Chinese message) when negative or too large
   */
  public int pages(long characters) {
    if (characters < 0) {
      throw new IllegalArgumentException("字数不能为负数：" + characters);
    }
    long pages = (characters + charactersPerPage - 1) / charactersPerPage;
    if (pages > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("字数过大：" + characters);
    }
    return (int) pages;
  }
}
