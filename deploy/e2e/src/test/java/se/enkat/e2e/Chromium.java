package se.enkat.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Debian's Chromium for the browser tests: found at {@code /usr/bin/chromium} (or {@code
 * ENKAT_CHROMIUM}), else installed with {@code apt-get install -y chromium} (as CI runs as root on
 * Debian). Nothing downloads a browser of its own.
 */
final class Chromium {

  private Chromium() {}

  static Path findOrInstall() {
    Path chromium = Path.of(System.getenv().getOrDefault("ENKAT_CHROMIUM", "/usr/bin/chromium"));
    if (Files.isExecutable(chromium)) {
      return chromium;
    }
    System.out.println("[browser] " + chromium + " is missing: apt-get install -y chromium");
    if (run(List.of("apt-get", "install", "-y", "chromium")) != 0) {
      run(List.of("apt-get", "update"));
      run(List.of("apt-get", "install", "-y", "chromium"));
    }
    if (!Files.isExecutable(chromium)) {
      throw new IllegalStateException(
          "Chromium is not at "
              + chromium
              + " and apt-get could not install it; install Debian's chromium package (as root:"
              + " apt-get install -y chromium) or set ENKAT_CHROMIUM");
    }
    return chromium;
  }

  private static int run(List<String> command) {
    try {
      Process process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.INHERIT)
              .start();
      process.getOutputStream().close();
      return process.waitFor();
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }
}
