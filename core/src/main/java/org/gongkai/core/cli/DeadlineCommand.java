package org.gongkai.core.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.gongkai.core.deadline.Deadline;
import org.gongkai.core.deadline.DeadlineCalculator;
import org.gongkai.core.deadline.Pause;
import org.gongkai.core.deadline.RequestTimeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code gongkai deadline --received DATE [--correction-received DATE] [--pause FROM:TO]… [--extended]}: the reply
 * deadline as one line of JSON.
 */
@Command(name = "deadline",
    customSynopsis = {"gongkai deadline --received DATE [--correction-received DATE]",
        "        [--pause FROM:TO]... [--extended]"},
    description = "计算依申请公开的答复期限，输出一行JSON。",
    synopsisHeading = Usage.SYNOPSIS, descriptionHeading = Usage.DESCRIPTION, optionListHeading = Usage.OPTIONS)
public final class DeadlineCommand implements Callable<Integer> {
  private final DeadlineCalculator calculator;

  @Spec
  CommandSpec spec;

  @Mixin
  HelpOption help;

  @Option(names = "--received", paramLabel = "DATE", description = "收到申请之日（YYYY-MM-DD），必填")
  String received;

  @Option(names = "--correction-received", paramLabel = "DATE", description = "收到补正后申请之日，答复期限自其次日重新起算")
  String correctionReceived;

  @Option(names = "--pause", paramLabel = "FROM:TO", description = "中止计算的期间，起始日之后至结束日（含）的工作日不计入；可多次给出，重叠部分只计一次")
  List<String> pauses = new ArrayList<>();

  @Option(names = "--extended", description = "已批准延期（按最长延期计算答复期限）")
  boolean extended;

  @Unmatched
  List<String> unmatched;

  /** Uses the official calendar and the statutory limits. */
  public DeadlineCommand() {
    this(DeadlineCalculator.statutory());
  }

  public DeadlineCommand(DeadlineCalculator calculator) {
    this.calculator = Objects.requireNonNull(calculator, "calculator");
  }

  @Override
  public Integer call() throws Exception {
    return CliSupport.run(spec, () -> {
      Args.noneUnmatched(unmatched);
      LocalDate receivedOn = Args.date(received, "--received（收到申请之日）");
      RequestTimeline timeline = RequestTimeline.receivedOn(receivedOn);
      if (correctionReceived != null) {
        timeline = timeline.withCorrection(null, Args.date(correctionReceived, "--correction-received（收到补正之日）"));
      }
      for (String pause : pauses) {
        timeline = timeline.withPause(pause(pause));
      }
      if (extended) {
        timeline = timeline.withExtension(calculator.rules().maxExtensionWorkdays());
      }
      Deadline d = calculator.replyDeadline(timeline);
      ObjectNode json = Json.object();
      json.put("received", Args.output(d.received()));
      json.put("clockStart", Args.output(d.clockStart()));
      json.put("due", Args.output(d.due()));
      json.put("extendedDue", Args.output(d.extendedDue()));
      json.put("pausedWorkdays", d.pausedWorkdays());
      ArrayNode warnings = json.putArray("warnings");
      d.warnings().forEach(warnings::add);
      spec.commandLine().getOut().println(Json.line(json));
      return 0;
    });
  }

  private static Pause pause(String value) {
    String[] parts = value.split(":", -1);
    if (parts.length != 2) {
      throw new InvalidInputException("--pause 应为 起始日:结束日（如 2024-10-08:2024-10-10）：“" + value + "”");
    }
    LocalDate from = Args.date(parts[0], "--pause 的起始日期");
    LocalDate to = Args.date(parts[1], "--pause 的结束日期");
    if (from.isAfter(to)) {
      throw new InvalidInputException("--pause 的起始日期" + from + "晚于结束日期" + to);
    }
    return Pause.given(from, to);
  }
}
