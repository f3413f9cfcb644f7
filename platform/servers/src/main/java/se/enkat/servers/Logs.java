package se.enkat.servers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads the end of a log file for error messages. */
public final class Logs {

  private Logs() {}

  /**
   * The first error line of {@code log} (a stack trace's tail rarely says what went wrong) and then
   * its last {@code lines} lines.
   */
  public static String report(Path log, long from, int lines) {
    String tail = tail(log, lines);
    try (var in = Files.newInputStream(log)) {
      in.skipNBytes(Math.min(from, Files.size(log)));
      String run = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return run.lines()
          .filter(line -> line.contains(" ERROR ") || line.startsWith("Caused by:"))
          .findFirst()
          .filter(first -> !tail.contains(first))
          .map(first -> "First error: " + first + "\n...\n" + tail)
          .orElse(tail);
    } catch (IOException e) {
      return tail;
    }
  }

  /** The last {@code lines} lines of {@code log}, or a note that it cannot be read. */
  public static String tail(Path log, int lines) {
    try {
      if (!Files.exists(log)) {
        return "(no log at " + log + ")";
      }
      // logs can be large; a tail only needs the last few hundred kilobytes
      byte[] bytes = Files.readAllBytes(log);
      int from = Math.max(0, bytes.length - 256 * 1024);
      String text = new String(bytes, from, bytes.length - from, StandardCharsets.UTF_8);
      List<String> all = text.lines().toList();
      return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    } catch (IOException e) {
      return "(could not read " + log + ": " + e.getMessage() + ")";
    }
  }
}
