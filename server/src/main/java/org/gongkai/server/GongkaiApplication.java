package org.gongkai.server;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/** The Gongkai web application: public portal and back office for 政府信息公开 work. */
@SpringBootApplication
@Modulithic(sharedModules = "shared")
public class GongkaiApplication {

  /** Starts the server; {@code --port N} and {@code --data DIR} are short forms of the Spring properties. */
  public static void main(String[] args) {
    SpringApplication.run(GongkaiApplication.class, translate(args));
  }

  /** Maps the short options to {@code server.port} and {@code gongkai.data-dir}; other arguments pass unchanged. */
  static String[] translate(String[] args) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if ((a.equals("--port") || a.equals("--data")) && i + 1 < args.length) {
        out.add(option(a, args[++i]));
      } else if (a.startsWith("--port=") || a.startsWith("--data=")) {
        int eq = a.indexOf('=');
        out.add(option(a.substring(0, eq), a.substring(eq + 1)));
      } else {
        out.add(a);
      }
    }
    return out.toArray(new String[0]);
  }

  private static String option(String name, String value) {
    if (name.equals("--port")) {
      return "--server.port=" + value;
    }
    // H2 refuses file paths that are implicitly relative, so the directory is made absolute here.
    return "--gongkai.data-dir=" + Path.of(value).toAbsolutePath().normalize();
  }
}
