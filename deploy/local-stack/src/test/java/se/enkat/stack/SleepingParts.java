package se.enkat.stack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import se.enkat.servers.ChildProcess;

/** Real child processes ({@code sleep}) standing in for the stack's parts in supervisor tests. */
final class SleepingParts implements Supervised {

  private final Path dir;
  private final List<String> names;
  private final Map<String, ChildProcess> running = new ConcurrentHashMap<>();
  private final AtomicInteger failuresToCome = new AtomicInteger();
  private volatile boolean stopping;

  SleepingParts(Path dir, String... names) {
    this.dir = dir;
    this.names = List.of(names);
    this.names.forEach(this::launch);
  }

  /** The next {@code count} relaunches fail, as a part that exits before it is ready. */
  void failNextRelaunches(int count) {
    failuresToCome.set(count);
  }

  void setStopping() {
    stopping = true;
  }

  ProcessHandle handle(String part) {
    return running.get(part).handle();
  }

  void stopAll() {
    running.values().forEach(child -> child.stop(Duration.ofSeconds(5)));
  }

  @Override
  public List<String> parts() {
    return names;
  }

  @Override
  public boolean isAlive(String part) {
    return running.get(part).isAlive();
  }

  @Override
  public long pid(String part) {
    return running.get(part).pid();
  }

  @Override
  public String exitOf(String part) {
    Process launched = running.get(part).launched();
    return launched.isAlive() ? "exit code unknown" : "exit code " + launched.exitValue();
  }

  @Override
  public void relaunch(String part) {
    if (failuresToCome.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
      throw new StackException(part + " exited before it was ready");
    }
    launch(part);
  }

  @Override
  public void stop(String part, Duration grace) {
    running.get(part).stop(grace);
  }

  @Override
  public boolean stopping() {
    return stopping;
  }

  private void launch(String part) {
    running.put(
        part,
        ChildProcess.start(
            part, List.of("sleep", "300"), Map.of(), dir, dir.resolve(part + ".log")));
  }
}
