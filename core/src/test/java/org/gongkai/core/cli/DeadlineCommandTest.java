package org.gongkai.core.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeadlineCommandTest {
  private static final String NL = System.lineSeparator();

  private static CliRun run(String... args) {
    return CliRun.plain(new DeadlineCommand(), args);
  }

  @Test
  void plainRequest() {
    CliRun r = run("--received", "2024-09-27");
    assertThat(r.exitCode()).isZero();
    // 20 working days: 10-30 (National Day and make-up days 09-29, 10-12); 20 more: 11-27.
    assertThat(r.out()).isEqualTo("{\"received\":\"2024-09-27\",\"clockStart\":\"2024-09-27\",\"due\":\"2024-10-30\","
        + "\"extendedDue\":\"2024-11-27\",\"pausedWorkdays\":0,\"warnings\":[]}" + NL);
    assertThat(r.err()).isEmpty();
  }

  @Test
  void extendedDueIsTheDueDateWhenExtended() {
    assertThat(run("--received", "2024-09-27", "--extended").out())
        .isEqualTo("{\"received\":\"2024-09-27\",\"clockStart\":\"2024-09-27\",\"due\":\"2024-11-27\","
            + "\"extendedDue\":\"2024-11-27\",\"pausedWorkdays\":0,\"warnings\":[]}" + NL);
  }

  @Test
  void correctionRestartsTheClock() {
    // From Wed 10-09: 10-10, 10-11, Sat 10-12, 10-14..18, 10-21..25, 10-28..11-01, 11-04, 11-05 = 20.
    // 20 more: 11-06..08 (3), 11-11..15 (8), 11-18..22 (13), 11-25..29 (18), 12-02, 12-03 (20).
    assertThat(run("--received", "2024-09-27", "--correction-received", "2024-10-09").out())
        .isEqualTo("{\"received\":\"2024-09-27\",\"clockStart\":\"2024-10-09\",\"due\":\"2024-11-05\","
            + "\"extendedDue\":\"2024-12-03\",\"pausedWorkdays\":0,\"warnings\":[]}" + NL);
  }

  @Test
  void overlappingPausesCountOnce() {
    // Union after 10-08 up to 10-14: 10-09, 10-10, 10-11, Sat 10-12, 10-14 = 5. Due 10-30 + 5 = 11-06;
    // extended 11-27 + 5: 11-28, 11-29, 12-02, 12-03, 12-04.
    assertThat(run("--received", "2024-09-27", "--pause", "2024-10-08:2024-10-10", "--pause", "2024-10-09:2024-10-14")
        .out()).isEqualTo("{\"received\":\"2024-09-27\",\"clockStart\":\"2024-09-27\",\"due\":\"2024-11-06\","
            + "\"extendedDue\":\"2024-12-04\",\"pausedWorkdays\":5,\"warnings\":[]}" + NL);
  }

  @Test
  void aYearWithoutNoticeIsWarned() {
    // Fri 2026-12-25: 12-28..31 (4), Fri 2027-01-01 (5, no 2027 notice), 01-04..22 (20). 20 more: 02-19.
    assertThat(run("--received", "2026-12-25").out())
        .isEqualTo("{\"received\":\"2026-12-25\",\"clockStart\":\"2026-12-25\",\"due\":\"2027-01-22\","
            + "\"extendedDue\":\"2027-02-19\",\"pausedWorkdays\":0,\"warnings\":[\"2027年的节假日安排尚未载入，按周末计算\"]}"
            + NL);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      " | 错误：缺少--received（收到申请之日）",
      "--received 2024-02-30 | 错误：--received（收到申请之日）不是有效日期：“2024-02-30”（应为YYYY-MM-DD）",
      "--received 2024-09-27 --correction-received 2024-09-20 | 错误：收到补正材料日期2024-09-20早于收到申请日期2024-09-27",
      "--received 2024-09-27 --pause 2024-10-10:2024-10-08 | 错误：--pause 的起始日期2024-10-10晚于结束日期2024-10-08",
      "--received 2024-09-27 --pause 2024-10-10 | 错误：--pause 应为 起始日:结束日（如 2024-10-08:2024-10-10）：“2024-10-10”",
      "--received 2024-09-27 --pause 2024-10-10:x | 错误：--pause 的结束日期不是有效日期：“x”（应为YYYY-MM-DD）",
      "--received 2024-09-27 --urgent | 错误：无法识别的参数：--urgent（用 --help 查看用法）",
  })
  void invalidInputGivesOneChineseLineAndStatusTwo(String args, String message) {
    CliRun r = run(args == null ? new String[0] : args.trim().split(" "));
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo(message + NL);
  }

  @Test
  void parameterErrorsAreChineseWithTheHandlersInstalled() {
    CliRun r = CliRun.configured(new DeadlineCommand(), "--received");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("错误：缺少参数 --received（用 --help 查看用法）" + NL);
  }

  @Test
  void help() {
    CliRun r = run("--help");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).startsWith("用法：gongkai deadline --received DATE").contains("选项：", "收到申请之日");
  }
}
