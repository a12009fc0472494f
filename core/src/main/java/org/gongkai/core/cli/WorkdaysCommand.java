package org.gongkai.core.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.gongkai.core.calendar.WorkingDayCalendar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * {@code gongkai workdays add DATE N} and {@code gongkai workdays between FROM TO}: working-day arithmetic on the
 * holiday calendar, the day of the event not counted.
 */
@Command(name = "workdays", customSynopsis = {"gongkai workdays add DATE N",
    "      gongkai workdays between FROM TO"},
    description = "按法定节假日和调休安排计算工作日（起算日当天不计入）。",
    subcommands = {WorkdaysCommand.Add.class, WorkdaysCommand.Between.class},
    synopsisSubcommandLabel = "(add | between)", synopsisHeading = Usage.SYNOPSIS,
    descriptionHeading = Usage.DESCRIPTION, optionListHeading = Usage.OPTIONS, commandListHeading = Usage.COMMANDS)
public final class WorkdaysCommand implements Callable<Integer> {
  private final WorkingDayCalendar calendar;

  @Spec
  CommandSpec spec;

  @Mixin
  HelpOption help;

  @Unmatched
  List<String> unmatched;

  /** Uses the official calendar shipped with the product. */
  public WorkdaysCommand() {
    this(WorkingDayCalendar.official());
  }

  public WorkdaysCommand(WorkingDayCalendar calendar) {
    this.calendar = Objects.requireNonNull(calendar, "calendar");
  }

  @Override
  public Integer call() throws Exception {
    return CliSupport.run(spec, () -> {
      Args.noneUnmatched(unmatched);
      throw new InvalidInputException("缺少子命令 add 或 between（用 --help 查看用法）");
    });
  }

  /**
   * What both subcommands share: the calendar of the parent, help, the refusal of extra arguments, and the output (the
   * answer, then a warning for each year the calendar has no official data for).
   */
  abstract static class Subcommand implements Callable<Integer> {
    @ParentCommand
    WorkdaysCommand parent;

    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help;

    @Unmatched
    List<String> unmatched;

    /** The answer, and the first and last day it depends on. */
    record Answer(String value, LocalDate from, LocalDate to) {}

    abstract Answer answer(WorkingDayCalendar calendar);

    @Override
    public Integer call() throws Exception {
      return CliSupport.run(spec, () -> {
        Args.noneUnmatched(unmatched);
        Answer a = answer(parent.calendar);
        spec.commandLine().getOut().println(a.value());
        PrintWriter err = spec.commandLine().getErr();
        parent.calendar.warnings(a.from(), a.to()).forEach(w -> err.println("警告：" + w));
        return 0;
      });
    }
  }

  /** {@code add DATE N}: the date N working days after DATE. */
  @Command(name = "add", description = "输出日期之后第N个工作日的日期（YYYY-MM-DD）。",
      customSynopsis = "gongkai workdays add DATE N", synopsisHeading = Usage.SYNOPSIS,
      descriptionHeading = Usage.DESCRIPTION, parameterListHeading = Usage.PARAMETERS,
      optionListHeading = Usage.OPTIONS)
  static final class Add extends Subcommand {
    @Parameters(index = "0", arity = "0..1", paramLabel = "DATE", description = "起算日（YYYY-MM-DD），当天不计入")
    String date;

    @Parameters(index = "1", arity = "0..1", paramLabel = "N", description = "工作日数（不小于0的整数）")
    String workdays;

    @Override
    Answer answer(WorkingDayCalendar calendar) {
      LocalDate from = Args.date(date, "起算日期");
      int n = Args.nonNegative(workdays, "工作日数N");
      LocalDate result = calendar.addWorkingDays(from, n);
      return new Answer(Args.output(result), from, result);
    }
  }

  /** {@code between FROM TO}: working days after FROM up to and including TO. */
  @Command(name = "between", description = "输出起始日之后至结束日（含）的工作日数。",
      customSynopsis = "gongkai workdays between FROM TO", synopsisHeading = Usage.SYNOPSIS,
      descriptionHeading = Usage.DESCRIPTION, parameterListHeading = Usage.PARAMETERS,
      optionListHeading = Usage.OPTIONS)
  static final class Between extends Subcommand {
    @Parameters(index = "0", arity = "0..1", paramLabel = "FROM", description = "起始日（YYYY-MM-DD），当天不计入")
    String from;

    @Parameters(index = "1", arity = "0..1", paramLabel = "TO", description = "结束日（YYYY-MM-DD），当天计入")
    String to;

    @Override
    Answer answer(WorkingDayCalendar calendar) {
      LocalDate start = Args.date(from, "起始日期");
      LocalDate end = Args.date(to, "结束日期");
      if (start.isAfter(end)) {
        throw new InvalidInputException("起始日期" + start + "晚于结束日期" + end);
      }
      return new Answer(String.valueOf(calendar.workingDaysBetween(start, end)), start, end);
    }
  }
}
