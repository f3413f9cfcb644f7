package se.enkat.stack;

import java.time.Duration;
import java.util.List;

/** What the {@link Supervisor} needs of the parts it keeps running; the {@link Stack} is one. */
public interface Supervised {

  /** The parts' names, in start order. */
  List<String> parts();

  boolean isAlive(String part);

  /** The part's pid now. */
  long pid(String part);

  /** How the part's process ended, for the log: e.g. {@code exit code 137}. */
  String exitOf(String part);

  /** Starts the part again and returns once it is ready; throws when it does not get there. */
  void relaunch(String part);

  /** Stops the part: SIGTERM, and SIGKILL when it has not exited after {@code grace}. */
  void stop(String part, Duration grace);

  /** True once the whole stack is stopping: nothing is restarted then. */
  boolean stopping();
}
