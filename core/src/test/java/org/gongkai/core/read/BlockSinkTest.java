package org.gongkai.core.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BlockSinkTest {
  @Test
  void textIsSplitIntoTrimmedLinesWithoutBlankOnes() {
    BlockSink sink = new BlockSink();
    sink.text("\u3000\u3000第一行\u00a0 \n\n  第二行  ");
    sink.cell("  总\n\n 计 ");
    assertThat(sink.blocks()).containsExactly(Block.text("第一行"), Block.text("第二行"), Block.cell("总\n计"));
  }

  @Test
  void aReadPastItsDeadlineStops() {
    BlockSink late = new BlockSink(System.nanoTime() - 1);
    assertThatThrownBy(() -> late.text("正文")).isInstanceOf(ReadLimitException.class)
        .hasMessage("读取超时（超过 30 秒），文件可能已损坏");
  }

  @Test
  void tooManyBlocksEndTheReadWithAMessage() {
    String page = "<p>行</p>".repeat(Limits.MAX_BLOCKS + 1);
    assertThatThrownBy(() -> new HtmlParser().blocks(page.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(UnreadableDocumentException.class)
        .hasMessage("文档内容过多（超过 200000 个段落或单元格），已停止读取");
  }
}
