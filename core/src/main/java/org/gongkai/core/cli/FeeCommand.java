package org.gongkai.core.cli;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.gongkai.core.fee.Fee;
import org.gongkai.core.fee.FeeCalculator;
import org.gongkai.core.fee.FeeItem;
import org.gongkai.core.fee.PageCounting;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code gongkai fee --by count --nth N} and {@code gongkai fee --by volume --pages P}: the information-processing
 * fee of one request as one line of JSON.
 */
@Command(name = "fee",
    customSynopsis = {"gongkai fee --by count --nth N",
        "      gongkai fee --by volume (--pages P | --characters C [--characters-per-page K])"},
    description = "按国办函〔2020〕109号计算一件申请的信息处理费，输出一行JSON。同一申请只能按一种方式收费。",
    synopsisHeading = Usage.SYNOPSIS, descriptionHeading = Usage.DESCRIPTION, optionListHeading = Usage.OPTIONS)
public final class FeeCommand implements Callable<Integer> {
  private final FeeCalculator calculator;

  @Spec
  CommandSpec spec;

  @Mixin
  HelpOption help;

  @Option(names = "--by", paramLabel = "count|volume", description = "count（按件计收）或 volume（按量计收），必填")
  String by;

  @Option(names = "--nth", paramLabel = "N", description = "按件计收：本申请人本月的第N件申请")
  String nth;

  @Option(names = "--pages", paramLabel = "P", description = "按量计收：页数")
  String pages;

  @Option(names = "--characters", paramLabel = "C", description = "按量计收：电子信息的字数，按每页字数折算页数（与 --pages 二选一）")
  String characters;

  @Option(names = "--characters-per-page", paramLabel = "K",
      description = "折算页数时每页的字数，默认 " + PageCounting.OFFICIAL_DOCUMENT_PAGE + "（GB/T 9704公文格式每页22行×28字）")
  String charactersPerPage;

  @Unmatched
  List<String> unmatched;

  /** Uses the prices of 国办函〔2020〕109号. */
  public FeeCommand() {
    this(FeeCalculator.standard());
  }

  public FeeCommand(FeeCalculator calculator) {
    this.calculator = Objects.requireNonNull(calculator, "calculator");
  }

  @Override
  public Integer call() throws Exception {
    return CliSupport.run(spec, () -> {
      Args.noneUnmatched(unmatched);
      if (by == null || by.isBlank()) {
        throw new InvalidInputException("缺少 --by（count 按件计收 或 volume 按量计收）");
      }
      Fee fee = switch (by.trim().toLowerCase(Locale.ROOT)) {
        case "count" -> byCount();
        case "volume" -> byVolume();
        default -> throw new InvalidInputException("--by 应为 count（按件计收）或 volume（按量计收）：“" + by + "”");
      };
      ObjectNode json = Json.object();
      json.put("yuan", fee.yuan());
      ArrayNode breakdown = json.putArray("breakdown");
      for (FeeItem item : fee.breakdown()) {
        ObjectNode line = breakdown.addObject();
        line.put("from", item.from());
        line.put("to", item.to());
        line.put("unitYuan", item.unitYuan());
        line.put("yuan", item.yuan());
      }
      spec.commandLine().getOut().println(Json.line(json));
      return 0;
    });
  }

  private Fee byCount() {
    if (pages != null || characters != null || charactersPerPage != null) {
      throw new InvalidInputException("按件计收不能同时给出页数或字数（同一申请只能按一种方式收费）");
    }
    return calculator.byCount(Args.positive(nth, "--nth（本月第几件申请）"));
  }

  private Fee byVolume() {
    if (nth != null) {
      throw new InvalidInputException("按量计收不能同时给出 --nth（同一申请只能按一种方式收费）");
    }
    if (pages != null && characters != null) {
      throw new InvalidInputException("--pages 与 --characters 只能给出一个");
    }
    if (characters != null) {
      PageCounting counting = charactersPerPage == null ? PageCounting.standard()
          : new PageCounting(Args.positive(charactersPerPage, "--characters-per-page（每页字数）"));
      return calculator.byVolume(counting.pages(Args.nonNegative(characters, "--characters（字数）")));
    }
    if (charactersPerPage != null) {
      throw new InvalidInputException("--characters-per-page 只能与 --characters 一起使用");
    }
    return calculator.byVolume(Args.nonNegative(pages, "--pages（页数）"));
  }
}
