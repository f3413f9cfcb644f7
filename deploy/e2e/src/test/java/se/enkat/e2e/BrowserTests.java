package se.enkat.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs the browser tests of services/web ({@code src/test/browser}, node:test with playwright-core
 * on Debian's {@link Chromium}) against the e2e stack, the one way BrowserIT and PublicPagesIT
 * launch the browser: node gets the gateway's address, the Chromium binary and the screenshot
 * directory in its environment, and the run fails when any of node's tests fails.
 */
final class BrowserTests {

  private static final Path WEB =
      Path.of(System.getProperty("enkat.root", "../.."))
          .toAbsolutePath()
          .normalize()
          .resolve("services/web");

  private final String gateway;
  private final Path chromium;
  private final Path screens;

  private BrowserTests(String gateway, Path chromium, Path screens) {
    this.gateway = gateway;
    this.chromium = chromium;
    this.screens = screens;
  }

  /** Chromium found (or installed), and {@code target/<screens>} emptied of an earlier run's. */
  static BrowserTests start(String gateway, String screens) throws IOException {
    Path directory = Path.of("target", screens).toAbsolutePath();
    if (Files.isDirectory(directory)) {
      try (Stream<Path> old = Files.list(directory)) {
        old.forEach(file -> file.toFile().delete());
      }
    }
    Files.createDirectories(directory);
    return new BrowserTests(gateway, Chromium.findOrInstall(), directory);
  }

  /** Where the screenshots land. */
  Path screens() {
    return screens;
  }

  /** How many screenshots the runs so far have left. */
  long screenshots() throws IOException {
    try (Stream<Path> files = Files.list(screens)) {
      return files.count();
    }
  }

  /**
   * Runs one test file of services/web with node:test and the given extra environment; fails when
   * any of its tests fails or it runs longer than {@code timeout}.
   */
  void run(String file, Map<String, String> environment, Duration timeout) throws Exception {
    // node's report goes to a file and then through System.out: writing to the forked JVM's own
    // stdout directly would corrupt Failsafe's channel.
    Path log =
        Path.of("target", "browser-tests-" + Path.of(file).getFileName() + ".log").toAbsolutePath();
    ProcessBuilder builder =
        new ProcessBuilder("node", "--test", "--test-concurrency=1", file)
            .directory(WEB.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    Map<String, String> env = new HashMap<>(environment);
    env.put("ENKAT_WEB_URL", gateway);
    env.put("ENKAT_SCREENSHOTS", screens.toString());
    env.put("ENKAT_CHROMIUM", chromium.toString());
    builder.environment().putAll(env);
    Process node = builder.start();
    node.getOutputStream().close();
    boolean finished = node.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    if (!finished) {
      node.destroyForcibly();
    }
    String report = Files.readString(log);
    System.out.println(report);
    assertThat(finished).as(file + " finished within " + timeout).isTrue();
    assertThat(node.exitValue()).as("node --test " + file + ":%n%s", report).isZero();
  }
}
