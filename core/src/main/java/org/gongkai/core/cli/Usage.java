package org.gongkai.core.cli;

/** Chinese headings of the usage help, shared by every command's annotation. */
final class Usage {
  static final String SYNOPSIS = "用法：";
  static final String DESCRIPTION = "%n";
  static final String PARAMETERS = "%n参数：%n";
  static final String OPTIONS = "%n选项：%n";
  static final String COMMANDS = "%n子命令：%n";

  private Usage() {}
}
