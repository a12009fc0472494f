package org.gongkai.core.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkdaysCommandTest {
  private static final String NL = System.lineSeparator();

  @Test
  void addPrintsTheDate() {
    // Fri 2024-09-27 + 20 working days across National Day with the 09-29 and 10-12 make-up days.
    CliRun r = CliRun.plain(new WorkdaysCommand(), "add", "2024-09-27", "20");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).isEqualTo("2024-10-30" + NL);
    assertThat(r.err()).isEmpty();
  }

  @Test
  void betweenPrintsTheCount() {
    CliRun r = CliRun.plain(new WorkdaysCommand(), "between", "2024-09-27", "2024-10-30");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).isEqualTo("20" + NL);
    // Sat 2024-10-12 (make-up) is the only day after Fri 10-11 up to Sun 10-13.
    assertThat(CliRun.plain(new WorkdaysCommand(), "between", "2024-10-11", "2024-10-13").out()).isEqualTo("1" + NL);
    assertThat(CliRun.plain(new WorkdaysCommand(), "between", "2024-10-11", "2024-10-11").out()).isEqualTo("0" + NL);
  }

  @Test
  void aYearWithoutNoticeWarnsOnStderrOnly() {
    // Mon 2027-03-01: Tue 1, Wed 2, Thu 3, Fri 4, Mon 03-08 5.
    CliRun r = CliRun.plain(new WorkdaysCommand(), "add", "2027-03-01", "5");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).isEqualTo("2027-03-08" + NL);
    assertThat(r.err()).isEqualTo("警告：2027年的节假日安排尚未载入，按周末计算" + NL);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "add 2024-13-01 3 | 错误：起算日期不是有效日期：“2024-13-01”（应为YYYY-MM-DD）",
      "add 2024-01-01 -3 | 错误：工作日数N不能为负数：-3",
      "add 2024-01-01 three | 错误：工作日数N应为整数：“three”",
      "add 2024-01-01 | 错误：缺少工作日数N",
      "add | 错误：缺少起算日期",
      "between 2024-02-01 2024-01-01 | 错误：起始日期2024-02-01晚于结束日期2024-01-01",
      "between 2024-02-01 | 错误：缺少结束日期",
      "add 2024-01-01 3 --days | 错误：无法识别的参数：--days（用 --help 查看用法）",
      " | 错误：缺少子命令 add 或 between（用 --help 查看用法）",
  })
  void invalidInputGivesOneChineseLineAndStatusTwo(String args, String message) {
    String[] argv = args == null ? new String[0] : args.trim().split(" ");
    CliRun r = CliRun.plain(new WorkdaysCommand(), argv);
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo(message + NL);
  }

  @Test
  void helpIsChinese() {
    CliRun r = CliRun.plain(new WorkdaysCommand(), "add", "--help");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).startsWith("用法：gongkai workdays add DATE N").contains("显示本帮助并退出");
    assertThat(CliRun.plain(new WorkdaysCommand(), "--help").out()).contains("子命令：", "between");
  }
}
