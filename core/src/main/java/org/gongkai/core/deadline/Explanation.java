package org.gongkai.core.deadline;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.core.calendar.CalendarSpan;

/** The Chinese text that tells an officer how a reply deadline was reached. */
final class Explanation {
  private Explanation() {}

  static String of(Deadline d, DeadlineRules rules, CalendarSpan span) {
    StringBuilder text = new StringBuilder();
    if (d.clockStart().equals(d.received())) {
      text.append("收到申请之日为").append(d.received()).append("（当日不计入），自次日起算");
    } else {
      text.append("收到申请之日为").append(d.received()).append("，补正后的申请于").append(d.clockStart())
          .append("收到，自其次日重新起算");
    }
    text.append(rules.replyWorkdays()).append("个工作日");
    if (d.extensionWorkdays() > 0) {
      text.append("，经批准延期").append(d.extensionWorkdays()).append("个工作日");
    }
    text.append("，答复期限为").append(d.due()).append("。");
    text.append("期间").append(span.explanation()).append("。");
    List<String> pauses = new ArrayList<>();
    for (CountedPause c : d.pauses()) {
      if (c.counted()) {
        Pause p = c.pause();
        String end = p.ended() == null || !p.ended().equals(c.upTo()) ? "计至期限届满日" + c.upTo() : "至" + c.upTo();
        pauses.add(p.kind().label() + "（" + p.sent() + "发出，" + end + "）" + c.workdays() + "个工作日");
      }
    }
    if (!pauses.isEmpty()) {
      int sum = d.pauses().stream().filter(CountedPause::counted).mapToInt(CountedPause::workdays).sum();
      text.append("中止计算：").append(String.join("；", pauses));
      if (sum != d.pausedWorkdays()) {
        text.append("；重叠的日子只计一次");
      }
      text.append("，共").append(d.pausedWorkdays()).append("个工作日不计入。");
    }
    if (d.extensionWorkdays() < rules.maxExtensionWorkdays()) {
      text.append("如经批准延期").append(rules.maxExtensionWorkdays()).append("个工作日，答复期限为")
          .append(d.extendedDue()).append("。");
    }
    if (d.clockStart().equals(d.received())) {
      text.append("如需补正，补正通知应在").append(d.correctionNoticeDue()).append("前（含当日）发出。");
    }
    return text.toString();
  }
}
