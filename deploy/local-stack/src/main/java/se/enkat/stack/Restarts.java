package se.enkat.stack;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;

/**
 * How often the supervisor has restarted each part, when and why, kept in {@code
 * <home>/restarts.properties} so {@code ./enkat status} (another JVM) can show it.
 */
public final class Restarts {

  /** One part's restarts: how many, the last one's time and its cause. */
  public record Entry(int count, Instant last, String cause) {}

  private final Path file;

  public Restarts(Path home) {
    this.file = home.resolve("restarts.properties");
  }

  /** Counts one more restart of {@code part}. */
  public synchronized Entry record(String part, Instant at, String cause) {
    Properties all = load();
    int count = Integer.parseInt(all.getProperty(part + ".count", "0")) + 1;
    all.setProperty(part + ".count", String.valueOf(count));
    all.setProperty(part + ".last", at.toString());
    all.setProperty(part + ".cause", cause);
    store(all);
    return new Entry(count, at, cause);
  }

  /** The part's restarts in this run of the stack, if any. */
  public synchronized Optional<Entry> of(String part) {
    Properties all = load();
    String count = all.getProperty(part + ".count");
    if (count == null) {
      return Optional.empty();
    }
    return Optional.of(
        new Entry(
            Integer.parseInt(count),
            Instant.parse(all.getProperty(part + ".last")),
            all.getProperty(part + ".cause", "")));
  }

  /** Forgets every count: a new run of the stack starts from zero. */
  public synchronized void clear() {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Properties load() {
    Properties all = new Properties();
    if (Files.exists(file)) {
      try (Reader in = Files.newBufferedReader(file)) {
        all.load(in);
      } catch (IOException e) {
        throw new UncheckedIOException("could not read " + file, e);
      }
    }
    return all;
  }

  // Written beside and moved into place, so a reader never sees half a file.
  private void store(Properties all) {
    try {
      Files.createDirectories(file.getParent());
      Path next = file.resolveSibling(file.getFileName() + ".next");
      try (Writer out = Files.newBufferedWriter(next)) {
        all.store(out, "restarts by the supervisor in this run of the stack");
      }
      Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("could not write " + file, e);
    }
  }
}
