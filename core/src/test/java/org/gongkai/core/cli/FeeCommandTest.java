package org.gongkai.core.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FeeCommandTest {
  private static final String NL = System.lineSeparator();

  private static CliRun run(String... args) {
    return CliRun.plain(new FeeCommand(), args);
  }

  @ParameterizedTest(name = "request {0}: {1} yuan")
  @CsvSource({"10, 0", "11, 100", "30, 100", "31, 200", "40, 200", "41, 300"})
  void byCount(int nth, int yuan) {
    CliRun r = run("--by", "count", "--nth", String.valueOf(nth));
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).isEqualTo("{\"yuan\":" + yuan + ",\"breakdown\":[{\"from\":" + nth + ",\"to\":" + nth
        + ",\"unitYuan\":" + yuan + ",\"yuan\":" + yuan + "}]}" + NL);
  }

  @Test
  void byVolumeAtEachBoundary() {
    assertThat(run("--by", "volume", "--pages", "30").out())
        .isEqualTo("{\"yuan\":0,\"breakdown\":[{\"from\":1,\"to\":30,\"unitYuan\":0,\"yuan\":0}]}" + NL);
    assertThat(run("--by", "volume", "--pages", "31").out())
        .isEqualTo("{\"yuan\":10,\"breakdown\":[{\"from\":1,\"to\":30,\"unitYuan\":0,\"yuan\":0},"
            + "{\"from\":31,\"to\":31,\"unitYuan\":10,\"yuan\":10}]}" + NL);
    // 70 × 10 = 700.
    assertThat(run("--by", "volume", "--pages", "100").out()).startsWith("{\"yuan\":700,");
    // 700 + 20.
    assertThat(run("--by", "volume", "--pages", "101").out()).startsWith("{\"yuan\":720,");
    // 700 + 100 × 20.
    assertThat(run("--by", "volume", "--pages", "200").out()).startsWith("{\"yuan\":2700,");
    // 2700 + 40.
    assertThat(run("--by", "volume", "--pages", "201").out())
        .isEqualTo("{\"yuan\":2740,\"breakdown\":[{\"from\":1,\"to\":30,\"unitYuan\":0,\"yuan\":0},"
            + "{\"from\":31,\"to\":100,\"unitYuan\":10,\"yuan\":700},"
            + "{\"from\":101,\"to\":200,\"unitYuan\":20,\"yuan\":2000},"
            + "{\"from\":201,\"to\":201,\"unitYuan\":40,\"yuan\":40}]}" + NL);
  }

  @Test
  void electronicTextIsCountedInPages() {
    // 61,600 characters / 616 per page = 100 pages = 700 yuan; at 1,000 per page 62 pages = 320 yuan.
    assertThat(run("--by", "volume", "--characters", "61600").out()).startsWith("{\"yuan\":700,");
    assertThat(run("--by", "volume", "--characters", "61600", "--characters-per-page", "1000").out())
        .startsWith("{\"yuan\":320,");
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      " | 错误：缺少 --by（count 按件计收 或 volume 按量计收）",
      "--by weight --pages 3 | 错误：--by 应为 count（按件计收）或 volume（按量计收）：“weight”",
      "--by count | 错误：缺少--nth（本月第几件申请）",
      "--by count --nth 0 | 错误：--nth（本月第几件申请）应为正整数：0",
      "--by count --nth -4 | 错误：--nth（本月第几件申请）不能为负数：-4",
      "--by volume --pages -1 | 错误：--pages（页数）不能为负数：-1",
      "--by volume | 错误：缺少--pages（页数）",
      "--by count --nth 12 --pages 40 | 错误：按件计收不能同时给出页数或字数（同一申请只能按一种方式收费）",
      "--by volume --pages 40 --nth 12 | 错误：按量计收不能同时给出 --nth（同一申请只能按一种方式收费）",
  })
  void invalidInputGivesOneChineseLineAndStatusTwo(String args, String message) {
    CliRun r = run(args == null ? new String[0] : args.trim().split(" "));
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo(message + NL);
  }

  @Test
  void help() {
    CliRun r = run("--help");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).startsWith("用法：gongkai fee --by count --nth N").contains("按量计收");
  }
}
