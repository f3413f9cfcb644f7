package se.enkat.servers;

import java.nio.file.Path;

/** The JDK the supervisor runs on; every child JVM uses the same one. */
public final class JavaRuntime {

  private JavaRuntime() {}

  public static Path home() {
    return Path.of(System.getProperty("java.home"));
  }

  public static String javaCommand() {
    return home().resolve("bin/java").toString();
  }
}
