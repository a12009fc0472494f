package org.gongkai.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumeralsTest {
  @ParameterizedTest
  @CsvSource({"782,782", "0,0", "三,3", "十,10", "十二,12", "两,2", "零,0", "二十,20", "二十五,25", "一百零五,105",
      "三千二百,3200", "一万二千,12000", "二〇二三,2023", "九十九,99"})
  void values(String text, long value) {
    assertThat(Numerals.value(text)).isEqualTo(value);
  }

  @ParameterizedTest
  @CsvSource({"''", "1234567890"})
  void notNumbers(String text) {
    assertThat(Numerals.value(text)).isEqualTo(-1);
  }
}
