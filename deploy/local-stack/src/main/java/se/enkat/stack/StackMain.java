package se.enkat.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import sun.misc.Signal;

/**
 * The supervisor behind {@code ./enkat}: {@code up} starts the stack, restarts a part that exits
 * ({@link Supervisor}) and takes {@code ./enkat restart} requests until SIGTERM; {@code
 * check-ports} and {@code status} answer and exit.
 */
public final class StackMain {

  private static final int PORT_TAKEN = 2;

  private StackMain() {}

  public static void main(String[] args) throws Exception {
    String command = args.length == 0 ? "up" : args[0];
    Path root = Path.of(System.getenv().getOrDefault("ENKAT_ROOT", ".")).toAbsolutePath();
    StackConfig config;
    try {
      config = StackConfig.fromEnvironment(System.getenv(), root);
    } catch (IllegalArgumentException e) {
      System.err.println("enkat: " + e.getMessage());
      System.exit(1);
      return;
    }
    switch (command) {
      case "up" -> up(config);
      case "check-ports" -> checkPorts(config);
      case "status" -> StackStatus.print(config, System.out);
      default -> {
        System.err.println("usage: StackMain up|check-ports|status");
        System.exit(1);
      }
    }
  }

  private static void checkPorts(StackConfig config) {
    try {
      StackPorts.requireFree(config, Stack.neededPorts(config));
      StackPorts.requireFreeInstances(config);
    } catch (PortInUseException e) {
      System.err.println("enkat: " + e.getMessage());
      System.exit(PORT_TAKEN);
    }
  }

  private static void up(StackConfig config) throws IOException, InterruptedException {
    Path ready = config.home().resolve("ready");
    Files.deleteIfExists(ready);
    PidFiles pids = new PidFiles(config.pids());
    pids.write("stack", ProcessHandle.current().pid());
    Restarts restarts = new Restarts(config.home());
    restarts.clear();
    Instant began = Instant.now();
    Stack stack = Stack.create(config, StackMain::log);
    CountDownLatch stopped = new CountDownLatch(1);
    AtomicBoolean stopRequested = new AtomicBoolean();
    AtomicReference<Supervisor> supervisor = new AtomicReference<>();
    Runnable shutdown =
        () -> {
          stopRequested.set(true);
          log("stopping");
          Supervisor watching = supervisor.get();
          if (watching != null) {
            watching.close();
          }
          stack.close();
          quietly(() -> Files.deleteIfExists(ready));
          pids.remove("stack");
          log("stopped");
          stopped.countDown();
        };
    // Our own handlers, installed before anything starts, not a shutdown hook: zonky's hook
    // would stop PostgreSQL before the services, and a JVM exit would orphan the children.
    Signal.handle(new Signal("TERM"), signal -> new Thread(shutdown).start());
    Signal.handle(new Signal("INT"), signal -> new Thread(shutdown).start());
    try {
      stack.start();
    } catch (RuntimeException e) {
      if (stopRequested.get()) {
        stopped.await();
        System.exit(0);
      }
      log("FAILED: " + e.getMessage());
      pids.remove("stack");
      System.exit(e instanceof PortInUseException ? PORT_TAKEN : 1);
      return;
    }
    writeState(config, stack);
    long seconds = Duration.between(began, Instant.now()).toSeconds();
    Files.writeString(ready, "ready after " + seconds + " s\n");
    log("READY after " + seconds + " s; pids " + stack.pids());
    supervisor.set(Supervisor.start(stack, restarts, StackMain::log));
    RestartRequests requests =
        new RestartRequests(config.home(), supervisor.get(), stack, StackMain::log);
    while (!stopped.await(1, TimeUnit.SECONDS)) {
      if (!stopRequested.get()) {
        requests.poll();
      }
    }
    System.exit(0);
  }

  /** What {@code status} needs to know about this run's ports. */
  private static void writeState(StackConfig config, Stack stack) throws IOException {
    Properties state = new Properties();
    for (StackPort port : StackPort.values()) {
      state.setProperty(port.envVar(), String.valueOf(config.port(port)));
    }
    for (ServiceSpec service : config.services()) {
      state.setProperty("port." + service.name(), String.valueOf(config.port(service)));
    }
    try (var out = Files.newBufferedWriter(config.home().resolve("stack.properties"))) {
      state.store(out, "ports of the running stack");
    }
  }

  static void log(String message) {
    System.out.println(Instant.now() + " enkat-stack: " + message);
    System.out.flush();
  }

  private interface IoAction {
    void run() throws IOException;
  }

  private static void quietly(IoAction action) {
    try {
      action.run();
    } catch (IOException e) {
      log("ignored: " + e.getMessage());
    }
  }
}
