package org.gongkai.core.read;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects one document's blocks while keeping the block-count and wall-clock limits, so that a front end
 * walking a hostile document stops early instead of filling memory or running on.
 */
final class BlockSink {
  private final List<Block> blocks = new ArrayList<>();
  private final long deadlineNanos;

  BlockSink() {
    this(System.nanoTime() + Limits.MAX_READ_MILLIS * 1_000_000L);
  }

  BlockSink(long deadlineNanos) {
    this.deadlineNanos = deadlineNanos;
  }

  /** Adds running text: each line trimmed, blank lines dropped. */
  void text(String text) {
    if (text == null) {
      return;
    }
    for (String line : text.split("\n")) {
      String trimmed = Texts.clean(line);
      if (!trimmed.isEmpty()) {
        add(Block.text(trimmed));
      }
    }
  }

  void cell(String text) {
    add(Block.cell(Texts.cleanCell(text)));
  }

  void image(String name) {
    add(Block.image(name == null ? "" : name.strip()));
  }

  void marker(Block.Kind kind) {
    add(Block.marker(kind));
  }

  void add(Block block) {
    if (blocks.size() >= Limits.MAX_BLOCKS) {
      throw new ReadLimitException("文档内容过多（超过 " + Limits.MAX_BLOCKS + " 个段落或单元格），已停止读取");
    }
    if ((blocks.size() & 0xFF) == 0) {
      checkTime();
    }
    blocks.add(block);
  }

  /** Throws once the time allowed for this document has run out. */
  void checkTime() {
    if (System.nanoTime() - deadlineNanos > 0) {
      throw new ReadLimitException("读取超时（超过 " + Limits.MAX_READ_MILLIS / 1000 + " 秒），文件可能已损坏");
    }
  }

  int size() {
    return blocks.size();
  }

  List<Block> blocks() {
    return List.copyOf(blocks);
  }
}
