package org.gongkai.core.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import org.junit.jupiter.api.Test;

class DigitSplitterTest {
  private static boolean rowSum(int[] r) {
    return r[0] + r[1] + r[2] + r[3] + r[4] + r[5] == r[6];
  }

  @Test
  void theIssueExampleHasExactlyOneReading() {
    // 801000081 into 7 cells with 6 kinds adding up to the total: 80+1+0+0+0+0 = 81 is the only cut.
    List<int[]> c = DigitSplitter.candidates(List.of("801000081"), 7, DigitSplitterTest::rowSum);
    assertThat(c).hasSize(1);
    assertThat(c.get(0)).containsExactly(80, 1, 0, 0, 0, 0, 81);
  }

  @Test
  void sevenZerosAreSevenCells() {
    assertThat(DigitSplitter.candidates(List.of("0000000"), 7, r -> true)).singleElement()
        .satisfies(r -> assertThat(r).containsOnly(0));
  }

  @Test
  void noCutFitsWhenEveryCellHasOneDigitAndTheSumFails() {
    // 1100011 has exactly seven digits, so one cut: 1,1,0,0,0,1,1 whose kinds add up to 3, not 1.
    assertThat(DigitSplitter.candidates(List.of("1100011"), 7, DigitSplitterTest::rowSum)).isEmpty();
  }

  @Test
  void leadingZerosRuleOutCuts() {
    // 200000020 (nine digits, seven cells): either one cell takes three digits or two cells take two. Every such
    // cell other than the first and the last "20" would start with 0 ("00", "02", "020", "000"), and 200|0|0|0|0|2|0
    // does not add up (202 != 0); so 20|0|0|0|0|0|20 is the only reading.
    assertThat(DigitSplitter.candidates(List.of("200000020"), 7, DigitSplitterTest::rowSum)).singleElement()
        .satisfies(r -> assertThat(r).containsExactly(20, 0, 0, 0, 0, 0, 20));
    // 20000020 (eight digits) has no reading at all: 20|0|0|0|0|2|0 and 2|0|0|0|0|0|20 both fail the sum.
    assertThat(DigitSplitter.candidates(List.of("20000020"), 7, DigitSplitterTest::rowSum)).isEmpty();
  }

  @Test
  void severalCutsRemainWhenTheRowSumCannotDecide() {
    // 110000011: both 11|0|0|0|0|0|11 and 1|10|0|0|0|0|11 add up to 11.
    List<int[]> c = DigitSplitter.candidates(List.of("110000011"), 7, DigitSplitterTest::rowSum);
    assertThat(c).hasSizeGreaterThan(1)
        .anySatisfy(r -> assertThat(r).containsExactly(11, 0, 0, 0, 0, 0, 11))
        .anySatisfy(r -> assertThat(r).containsExactly(1, 10, 0, 0, 0, 0, 11));
  }

  @Test
  void spaceSeparatedGroupsAreKept() {
    List<int[]> c = DigitSplitter.candidates(List.of("80", "1", "0", "0", "0", "0", "81"), 7, DigitSplitterTest::rowSum);
    assertThat(c).singleElement().satisfies(r -> assertThat(r).containsExactly(80, 1, 0, 0, 0, 0, 81));
  }

  @Test
  void theTrueReadingIsAlwaysAmongTheCandidates() {
    qt().withExamples(300).forAll(lists().of(integers().between(0, 120)).ofSize(6)).checkAssert(kinds -> {
      int[] row = new int[7];
      StringBuilder digits = new StringBuilder();
      for (int i = 0; i < 6; i++) {
        row[i] = kinds.get(i);
        row[6] += row[i];
      }
      for (int v : row) {
        digits.append(v);
      }
      List<int[]> c = DigitSplitter.candidates(List.of(digits.toString()), 7, DigitSplitterTest::rowSum);
      assertThat(c).isNotNull().anySatisfy(r -> assertThat(r).containsExactly(row));
    });
  }
}
