package org.gongkai.server;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's Chromium for the browser tests, launched one way for all of them: Playwright never downloads a browser,
 * the closed network is not contacted, and a machine without Chromium skips the tests with a visible notice.
 */
public final class Chromium {
  /** Where Debian's package puts the browser. */
  public static final Path PATH = Path.of("/usr/bin/chromium");
  /** Where screenshots go, to be looked at and kept on failure. */
  public static final Path SHOTS = Path.of("target", "screenshots");

  private Chromium() {}

  /** Skips the calling test class, with a notice on the console, when Chromium is not installed. */
  public static void requireOrSkip(String tests) {
    if (!Files.isExecutable(PATH)) {
      System.out.println("NOTICE: " + PATH + " not found, " + tests + " skipped");
      Assumptions.abort(PATH + " not found: " + tests + " skipped");
    }
  }

  /** A Playwright driver that will not try to download browsers. */
  public static Playwright playwright() {
    return Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
  }

  /** Headless Chromium, as root, without background networking. */
  public static Browser launch(Playwright playwright) {
    return playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(PATH).setHeadless(true)
        .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--no-first-run")));
  }
}
