package org.gongkai.core.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/** Expands the files and directories named on the command line into the report files to read, in a stable order. */
final class Inputs {
  private static final Set<String> EXTENSIONS =
      Set.of("txt", "md", "markdown", "html", "htm", "docx", "doc", "pdf", "json");

  private Inputs() {}

  static List<Path> expand(List<Path> named) {
    List<Path> out = new ArrayList<>();
    for (Path p : named) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          walk.filter(Files::isRegularFile).filter(Inputs::isReport).sorted().forEach(out::add);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      } else {
        out.add(p);
      }
    }
    return out;
  }

  private static boolean isReport(Path p) {
    String name = p.getFileName().toString();
    if (name.startsWith(".")) {
      return false;
    }
    int dot = name.lastIndexOf('.');
    return dot > 0 && EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
  }
}
