package org.gongkai.core.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;

class CliSupportTest {
  private static final String NL = System.lineSeparator();

  @Command(name = "boom")
  static final class Boom implements Callable<Integer> {
    @Override
    public Integer call() {
      throw new IllegalStateException("first line\nsecond line");
    }
  }

  @Command(name = "bad")
  static final class Bad implements Callable<Integer> {
    @Override
    public Integer call() {
      throw new IllegalArgumentException("日期无效");
    }
  }

  @Test
  void unexpectedFailureIsOneLineWithStatusThree() {
    CliRun r = CliRun.configured(new Boom());
    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.err()).isEqualTo("内部错误：IllegalStateException：first line" + NL);
  }

  @Test
  void invalidInputThrownFromACommandIsStatusTwo() {
    CliRun r = CliRun.configured(new Bad());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("错误：日期无效" + NL);
  }

  @Test
  void unknownArgumentsUnderTheHandlers() {
    CliRun r = CliRun.configured(new Bad(), "--what");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("错误：无法识别的参数 --what（用 --help 查看用法）" + NL);
  }
}
