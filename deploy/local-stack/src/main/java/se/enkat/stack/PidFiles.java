package se.enkat.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Records the pid of every process the stack starts, so {@code ./enkat down} stops exactly those.
 */
public record PidFiles(Path dir) {

  public void write(String name, long pid) {
    try {
      Files.createDirectories(dir);
      Files.writeString(dir.resolve(name + ".pid"), pid + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException("could not record the pid of " + name, e);
    }
  }

  public void remove(String name) {
    try {
      Files.deleteIfExists(dir.resolve(name + ".pid"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
