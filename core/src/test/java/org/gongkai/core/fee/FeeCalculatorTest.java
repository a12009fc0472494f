package org.gongkai.core.fee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FeeCalculatorTest {
  private final FeeCalculator calculator = FeeCalculator.standard();

  @ParameterizedTest(name = "request {0} of the month: {1} yuan (band {2}-{3})")
  @CsvSource({
      "1, 0, 1, 10",
      "10, 0, 1, 10",    // last free
      "11, 100, 11, 30", // first paid
      "30, 100, 11, 30",
      "31, 200, 31, 40", // first band of 10 raises by 100
      "40, 200, 31, 40",
      "41, 300, 41, 50",
      "50, 300, 41, 50",
      "51, 400, 51, 60",
      "100, 800, 91, 100", // 31-40 200, 41-50 300, …, 91-100 800
  })
  void byCountChargesTheBandOfTheNthRequest(int nth, long yuan, int bandFrom, int bandTo) {
    Fee fee = calculator.byCount(nth);
    assertThat(fee.method()).isEqualTo(FeeMethod.BY_COUNT);
    assertThat(fee.fen()).isEqualTo(yuan * 100);
    assertThat(fee.breakdown()).containsExactly(new FeeItem(nth, nth, yuan * 100, yuan * 100));
    assertThat(fee.explanation()).contains("属第" + bandFrom + "—" + bandTo + "件档");
  }

  @Test
  void byCountExplains() {
    assertThat(calculator.byCount(35).explanation())
        .isEqualTo("按件计收：本月第35件申请，属第31—40件档（每件200元），本件收费200元。");
    assertThat(calculator.byCount(3).explanation())
        .isEqualTo("按件计收：本月第3件申请，属第1—10件档（免费），本件不收费。");
  }

  @ParameterizedTest(name = "{0} pages: {1} yuan")
  @CsvSource({
      "0, 0",
      "30, 0",      // all free
      "31, 10",     // one page at 10
      "100, 700",   // 70 × 10
      "101, 720",   // 700 + 1 × 20
      "200, 2700",  // 700 + 100 × 20
      "201, 2740",  // 2700 + 1 × 40
      "250, 4700",  // 2700 + 50 × 40
  })
  void byVolumeChargesEachPageAtItsBand(int pages, long yuan) {
    Fee fee = calculator.byVolume(pages);
    assertThat(fee.method()).isEqualTo(FeeMethod.BY_VOLUME);
    assertThat(fee.yuan()).isEqualTo(BigDecimal.valueOf(yuan));
    assertThat(fee.breakdown().stream().mapToLong(FeeItem::fen).sum()).isEqualTo(fee.fen());
  }

  @Test
  void byVolumeItemisesEveryBand() {
    Fee fee = calculator.byVolume(250);
    assertThat(fee.breakdown()).containsExactly(
        new FeeItem(1, 30, 0, 0),
        new FeeItem(31, 100, 10_00, 700_00),
        new FeeItem(101, 200, 20_00, 2000_00),
        new FeeItem(201, 250, 40_00, 2000_00));
    assertThat(fee.explanation()).isEqualTo("按量计收：共250页；第1—30页免费；第31—100页70页×10元=700元；"
        + "第101—200页100页×20元=2000元；第201—250页50页×40元=2000元；合计4700元。");
    assertThat(calculator.byVolume(30).breakdown()).containsExactly(new FeeItem(1, 30, 0, 0));
    assertThat(calculator.byVolume(0).breakdown()).isEmpty();
  }

  @Test
  void oneMethodPerRequest() {
    assertThat(calculator.calculate(new FeeBasis.ByCount(11))).isEqualTo(calculator.byCount(11));
    assertThat(calculator.calculate(new FeeBasis.ByVolume(31))).isEqualTo(calculator.byVolume(31));
  }

  @Test
  void rejectsInvalidInput() {
    assertThatThrownBy(() -> calculator.byCount(0)).hasMessage("申请序号应为正整数：0");
    assertThatThrownBy(() -> calculator.byVolume(-1)).hasMessage("页数不能为负数：-1");
    assertThatThrownBy(() -> new FeeBasis.ByVolume(-5)).hasMessage("页数不能为负数：-5");
  }

  @Test
  void pagesOfElectronicTextFollowTheSetting() {
    PageCounting standard = PageCounting.standard();
    assertThat(standard.charactersPerPage()).isEqualTo(616);
    assertThat(standard.pages(0)).isZero();
    assertThat(standard.pages(616)).isEqualTo(1);
    assertThat(standard.pages(617)).isEqualTo(2);
    assertThat(new PageCounting(500).pages(1001)).isEqualTo(3);
    assertThatThrownBy(() -> new PageCounting(0)).hasMessage("每页字数应为正整数：0");
  }

  @Test
  void moneyInYuanKeepsFenWhenThereAreAny() {
    assertThat(new FeeItem(1, 1, 150, 150).yuan()).isEqualTo(new BigDecimal("1.50"));
    assertThat(new FeeItem(1, 1, 100_00, 100_00).yuan().toPlainString()).isEqualTo("100");
  }
}
