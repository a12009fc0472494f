package org.gongkai.core.deadline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The dates of one request that move its reply deadline.
 *
 * @param received the date of receipt (Art. 31)
 * @param correctionRequested the day the 补正 notice was sent, or {@code null}
 * @param correctionReceived the day the corrected request arrived, or {@code null}; the clock restarts from it
 * @param pauses consultations and fee waits, in any order, overlapping or not
 * @param extensionWorkdays the approved extension, 0 when none
 */
public record RequestTimeline(LocalDate received, LocalDate correctionRequested, LocalDate correctionReceived,
    List<Pause> pauses, int extensionWorkdays) {
  public RequestTimeline {
    if (received == null) {
      throw new IllegalArgumentException("缺少收到申请日期");
    }
    if (correctionRequested != null && correctionRequested.isBefore(received)) {
      throw new IllegalArgumentException("补正通知日期" + correctionRequested + "早于收到申请日期" + received);
    }
    if (correctionReceived != null && correctionReceived.isBefore(received)) {
      throw new IllegalArgumentException("收到补正材料日期" + correctionReceived + "早于收到申请日期" + received);
    }
    if (correctionRequested != null && correctionReceived != null && correctionReceived.isBefore(correctionRequested)) {
      throw new IllegalArgumentException("收到补正材料日期" + correctionReceived + "早于补正通知日期" + correctionRequested);
    }
    if (extensionWorkdays < 0) {
      throw new IllegalArgumentException("延期工作日数不能为负数：" + extensionWorkdays);
    }
    pauses = List.copyOf(pauses);
  }

  /** A request received on {@code received}, without correction, pause or extension. */
  public static RequestTimeline receivedOn(LocalDate received) {
    return new RequestTimeline(received, null, null, List.of(), 0);
  }

  /** This timeline with the corrected request arriving on {@code correctionReceived}. */
  public RequestTimeline withCorrection(LocalDate requested, LocalDate correctionReceived) {
    return new RequestTimeline(received, requested, correctionReceived, pauses, extensionWorkdays);
  }

  /** This timeline with {@code pause} added. */
  public RequestTimeline withPause(Pause pause) {
    List<Pause> more = new ArrayList<>(pauses);
    more.add(pause);
    return new RequestTimeline(received, correctionRequested, correctionReceived, more, extensionWorkdays);
  }

  /** This timeline with an approved extension of {@code workdays}. */
  public RequestTimeline withExtension(int workdays) {
    return new RequestTimeline(received, correctionRequested, correctionReceived, pauses, workdays);
  }

  /** The day after which the reply period runs: the corrected request's arrival, else the date of receipt. */
  public LocalDate clockStart() {
    return correctionReceived != null ? correctionReceived : received;
  }
}
