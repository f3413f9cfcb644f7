package se.enkat.stack;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Keeps every part of the stack running: a part that exits while the stack is not stopping is
 * started again after a growing delay ({@link RestartBackoff}), as systemd's {@code
 * Restart=on-failure} does. Each restart is logged with the exit code and counted in {@link
 * Restarts}; {@link #restart} restarts one part on request.
 */
public final class Supervisor implements AutoCloseable {

  private static final Duration POLL = Duration.ofMillis(250);
  private static final Duration REQUESTED_STOP_GRACE = Duration.ofSeconds(30);

  private final Supervised parts;
  private final Restarts restarts;
  private final Consumer<String> log;
  private final Supplier<RestartBackoff> policy;
  private final Map<String, RestartBackoff> backoffs = new ConcurrentHashMap<>();
  private final Map<String, Instant> holds = new ConcurrentHashMap<>();
  private final Set<String> busy = ConcurrentHashMap.newKeySet();
  private final ScheduledExecutorService scheduler =
      Executors.newScheduledThreadPool(
          4,
          task -> {
            Thread thread = new Thread(task, "enkat-supervisor");
            thread.setDaemon(true);
            return thread;
          });
  private volatile boolean closed;

  Supervisor(
      Supervised parts, Restarts restarts, Consumer<String> log, Supplier<RestartBackoff> policy) {
    this.parts = parts;
    this.restarts = restarts;
    this.log = log;
    this.policy = policy;
  }

  /** Starts watching {@code parts}, which are all up now, with the standard back-off. */
  public static Supervisor start(Supervised parts, Restarts restarts, Consumer<String> log) {
    return start(parts, restarts, log, RestartBackoff::standard);
  }

  static Supervisor start(
      Supervised parts, Restarts restarts, Consumer<String> log, Supplier<RestartBackoff> policy) {
    Supervisor supervisor = new Supervisor(parts, restarts, log, policy);
    Instant now = Instant.now();
    parts.parts().forEach(part -> supervisor.backoff(part).up(now));
    supervisor.scheduler.scheduleWithFixedDelay(
        supervisor::check, POLL.toMillis(), POLL.toMillis(), TimeUnit.MILLISECONDS);
    return supervisor;
  }

  /**
   * Stops {@code part} (SIGTERM, SIGKILL after 30 s) and starts it again at once, without back-off;
   * returns once it is ready.
   */
  public Restarts.Entry restart(String part) {
    if (!parts.parts().contains(part)) {
      throw new IllegalArgumentException(
          "no part named " + part + " (parts: " + String.join(", ", parts.parts()) + ")");
    }
    if (!busy.add(part)) {
      throw new StackException(part + " is being restarted already");
    }
    try {
      log.accept(part + ": restart requested; stopping pid " + parts.pid(part));
      parts.stop(part, REQUESTED_STOP_GRACE);
      return bringBack(part, "requested");
    } finally {
      busy.remove(part);
    }
  }

  /**
   * The next time {@code part} exits, it stays down for at least {@code duration} before it is
   * started again (an outage of known length, for fault tests).
   */
  public void holdDown(String part, Duration duration) {
    holds.put(part, Instant.now().plus(duration));
  }

  /** The part's restarts so far in this run, 0 when none. */
  public int restartsOf(String part) {
    return restarts.of(part).map(Restarts.Entry::count).orElse(0);
  }

  /** Stops watching; a restart under way is interrupted. Call before stopping the stack. */
  @Override
  public void close() {
    closed = true;
    scheduler.shutdownNow();
  }

  private void check() {
    try {
      for (String part : parts.parts()) {
        if (closed || parts.stopping()) {
          return;
        }
        if (!busy.contains(part) && !parts.isAlive(part) && busy.add(part)) {
          try {
            exited(part);
          } catch (RuntimeException e) {
            busy.remove(part);
            throw e;
          }
        }
      }
    } catch (RuntimeException e) {
      // a failed look must not end the periodic check
      log.accept("supervisor check failed: " + e);
    }
  }

  private void exited(String part) {
    Instant now = Instant.now();
    String cause = parts.exitOf(part);
    Duration delay = backoff(part).exited(now);
    Instant hold = holds.remove(part);
    if (hold != null && hold.isAfter(now.plus(delay))) {
      delay = Duration.between(now, hold);
    }
    log.accept(
        part
            + " (pid "
            + parts.pid(part)
            + ") exited unexpectedly ("
            + cause
            + "); restarting it in "
            + seconds(delay));
    scheduler.schedule(
        () -> {
          try {
            bringBack(part, cause);
          } catch (RuntimeException e) {
            if (!closed && !parts.stopping()) {
              log.accept(part + " did not come back: " + firstLine(e) + "; it will be retried");
            }
          } finally {
            busy.remove(part);
          }
        },
        delay.toMillis(),
        TimeUnit.MILLISECONDS);
  }

  private Restarts.Entry bringBack(String part, String cause) {
    if (closed || parts.stopping()) {
      throw new StackException("the stack is stopping");
    }
    Instant began = Instant.now();
    try {
      parts.relaunch(part);
    } catch (RuntimeException e) {
      // one not ready in time may still live: stop it, so the next check tries again
      if (!closed && !parts.stopping() && parts.isAlive(part)) {
        parts.stop(part, Duration.ofSeconds(10));
      }
      throw e;
    }
    Restarts.Entry entry = restarts.record(part, began, cause);
    backoff(part).up(Instant.now());
    log.accept(
        part
            + " restarted (restart "
            + entry.count()
            + ", pid "
            + parts.pid(part)
            + ", after "
            + cause
            + "), ready in "
            + seconds(Duration.between(began, Instant.now())));
    return entry;
  }

  private RestartBackoff backoff(String part) {
    return backoffs.computeIfAbsent(part, ignored -> policy.get());
  }

  private static String seconds(Duration duration) {
    return String.format(java.util.Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
  }

  private static String firstLine(RuntimeException e) {
    String message = String.valueOf(e.getMessage());
    int end = message.indexOf('\n');
    return end < 0 ? message : message.substring(0, end);
  }
}
