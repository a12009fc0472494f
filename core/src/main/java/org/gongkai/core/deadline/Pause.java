package org.gongkai.core.deadline;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A stop of the reply clock (project rule): the working days after the day the letter or notice is sent, up
 * to and including the day the answer or payment arrives, or the day the pause's own time limit ends, whichever
 * is first, are not counted.
 *
 * @param kind why the clock stops
 * @param sent the day the letter or fee notice was sent (not itself paused)
 * @param delivered the day the addressee received it, from which its own time limit runs; when unknown, pass
 *     {@code null} and the day it was sent is assumed, which ends the pause early rather than late
 * @param ended the day the answer or payment arrived; {@code null} while awaited (then the pause is taken to
 *     last until its own time limit ends); required for {@link PauseKind#GIVEN}
 */
public record Pause(PauseKind kind, LocalDate sent, LocalDate delivered, LocalDate ended) {
  public Pause {
    Objects.requireNonNull(kind, "kind");
    if (sent == null) {
      throw new IllegalArgumentException(kind.label() + "缺少发出日期");
    }
    if (delivered == null) {
      delivered = sent;
    }
    if (delivered.isBefore(sent)) {
      throw new IllegalArgumentException(kind.label() + "的送达日期" + delivered + "早于发出日期" + sent);
    }
    if (ended != null && ended.isBefore(sent)) {
      throw new IllegalArgumentException(kind.label() + "的结束日期" + ended + "早于发出日期" + sent);
    }
    if (ended == null && kind == PauseKind.GIVEN) {
      throw new IllegalArgumentException(kind.label() + "缺少结束日期");
    }
  }

  /** A pause of the working days after {@code from} up to and including {@code to}, with no limit of its own. */
  public static Pause given(LocalDate from, LocalDate to) {
    return new Pause(PauseKind.GIVEN, from, from, Objects.requireNonNull(to, "to"));
  }
}
