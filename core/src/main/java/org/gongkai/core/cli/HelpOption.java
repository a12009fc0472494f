package org.gongkai.core.cli;

import picocli.CommandLine.Option;

/** The {@code -h}/{@code --help} option with a Chinese description. */
final class HelpOption {
  @Option(names = {"-h", "--help"}, usageHelp = true, description = "显示本帮助并退出")
  boolean help;
}
