package org.gongkai.core.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OutputFormatTest {
  @Test
  void namesAreExtensionsInAnyCase() {
    assertThat(OutputFormat.ofName("docx")).isEqualTo(OutputFormat.DOCX);
    assertThat(OutputFormat.ofName("XLSX")).isEqualTo(OutputFormat.XLSX);
    assertThat(OutputFormat.ofName("Html")).isEqualTo(OutputFormat.HTML);
    assertThat(OutputFormat.ofName("txt")).isEqualTo(OutputFormat.TXT);
    assertThat(OutputFormat.ofName("json")).isEqualTo(OutputFormat.JSON);
    assertThat(OutputFormat.ofName("PDF")).isEqualTo(OutputFormat.PDF);
    assertThat(OutputFormat.JSON.extension()).isEqualTo("json");
    assertThat(OutputFormat.DOCX.extension()).isEqualTo("docx");
  }

  @Test
  void otherNamesAreRefusedInChinese() {
    assertThatThrownBy(() -> OutputFormat.ofName("odt")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("不支持的输出格式：“odt”，可选 json、txt、html、docx、xlsx、pdf");
    assertThatThrownBy(() -> OutputFormat.ofName(null)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("不支持的输出格式：（空）");
    assertThatThrownBy(() -> OutputFormat.ofName(".docx")).isInstanceOf(IllegalArgumentException.class);
  }
}
