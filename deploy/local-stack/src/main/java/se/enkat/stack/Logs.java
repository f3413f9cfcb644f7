package se.enkat.stack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads the end of a log file for error messages. */
public final class Logs {

  private Logs() {}

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
