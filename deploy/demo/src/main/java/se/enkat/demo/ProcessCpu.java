package se.enkat.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time of the stack's processes from {@code /proc}: user and kernel ticks of each process
 * recorded in {@code .enkat/pids}, with its descendants (PostgreSQL's backends are children of the
 * postmaster), and of this load generator. A descendant that has exited and been waited for is
 * counted too: the kernel adds its times to its parent's {@code cutime} and {@code cstime}, so a
 * backend that ends between two samples moves its time from the living children to the parent's
 * "children" fields instead of vanishing (which once made PostgreSQL's CPU negative).
 */
final class ProcessCpu {

  /** User and kernel CPU seconds. */
  record Cpu(double user, double kernel) {

    double total() {
      return user + kernel;
    }

    Cpu minus(Cpu other) {
      return new Cpu(user - other.user, kernel - other.kernel);
    }
  }

  private static final double TICKS_PER_SECOND = 100.0; // USER_HZ on Linux

  private final Map<String, Long> pids;

  ProcessCpu(Path pidDir) {
    this.pids = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(pidDir)) {
      files
          .filter(f -> f.getFileName().toString().endsWith(".pid"))
          .sorted()
          .forEach(
              f -> {
                try {
                  String name = f.getFileName().toString().replace(".pid", "");
                  pids.put(name, Long.parseLong(Files.readString(f).trim()));
                } catch (IOException | NumberFormatException e) {
                  // a part that is not running has nothing to measure
                }
              });
    } catch (IOException e) {
      throw new DemoException("cannot read the stack's pids in " + pidDir + ": " + e);
    }
    pids.put("load generator", ProcessHandle.current().pid());
  }

  /**
   * Each part's CPU so far, its descendants included except those that are parts themselves (the
   * supervisor, {@code stack}, is the parent of every service: it counts only its own).
   */
  Map<String, Cpu> sample() {
    Map<Long, List<Long>> children = childrenByParent();
    Map<String, Cpu> cpu = new LinkedHashMap<>();
    pids.forEach((name, pid) -> cpu.put(name, tree(pid, children)));
    return cpu;
  }

  private Cpu tree(long pid, Map<Long, List<Long>> children) {
    long[] ticks = ticks(pid, !isSupervisor(pid));
    Cpu own = new Cpu(ticks[0] / TICKS_PER_SECOND, ticks[1] / TICKS_PER_SECOND);
    for (long child : children.getOrDefault(pid, List.of())) {
      if (pids.containsValue(child)) {
        continue;
      }
      Cpu c = tree(child, children);
      own = new Cpu(own.user + c.user, own.kernel + c.kernel);
    }
    return own;
  }

  private static Map<Long, List<Long>> childrenByParent() {
    Map<Long, List<Long>> children = new HashMap<>();
    try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
      procs
          .map(p -> p.getFileName().toString())
          .filter(n -> n.chars().allMatch(Character::isDigit))
          .forEach(
              n -> {
                String[] stat = stat(Long.parseLong(n));
                if (stat != null) {
                  children
                      .computeIfAbsent(Long.parseLong(stat[1]), k -> new ArrayList<>())
                      .add(Long.parseLong(n));
                }
              });
    } catch (IOException e) {
      throw new DemoException("cannot read /proc: " + e);
    }
    return children;
  }

  /** The supervisor's waited-for children are parts (a restarted service): not its own time. */
  private boolean isSupervisor(long pid) {
    return Long.valueOf(pid).equals(pids.get("stack"));
  }

  /**
   * utime and stime of one process (0 when it is gone), with cutime and cstime (its children that
   * have exited and been waited for) when {@code withExited}.
   */
  private static long[] ticks(long pid, boolean withExited) {
    String[] stat = stat(pid);
    if (stat == null) {
      return new long[] {0, 0};
    }
    long user = Long.parseLong(stat[11]);
    long kernel = Long.parseLong(stat[12]);
    if (withExited) {
      user += Long.parseLong(stat[13]);
      kernel += Long.parseLong(stat[14]);
    }
    return new long[] {user, kernel};
  }

  /**
   * The fields of /proc/pid/stat after the command: [0] state, [1] ppid, … [11] utime, [12] stime,
   * [13] cutime, [14] cstime.
   */
  private static String[] stat(long pid) {
    try {
      String line = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
      return line.substring(line.lastIndexOf(')') + 2).split(" ");
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /**
   * CPU seconds (user + kernel) of this process's threads so far, by role, from {@code
   * /proc/self/task}: what the load generator's own share goes to. A thread that has ended is not
   * counted (the generator's threads live through the run).
   */
  static Map<String, Double> ownThreads() {
    Map<String, Double> byRole = new LinkedHashMap<>();
    for (String role : ROLES) {
      byRole.put(role, 0.0);
    }
    try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
      tasks.forEach(
          task -> {
            try {
              String line = Files.readString(task.resolve("stat"));
              String name = line.substring(line.indexOf('(') + 1, line.lastIndexOf(')'));
              String[] stat = line.substring(line.lastIndexOf(')') + 2).split(" ");
              double seconds =
                  (Long.parseLong(stat[11]) + Long.parseLong(stat[12])) / TICKS_PER_SECOND;
              byRole.merge(role(name), seconds, Double::sum);
            } catch (IOException | RuntimeException e) {
              // the thread ended while being read
            }
          });
    } catch (IOException e) {
      return Map.of();
    }
    return byRole;
  }

  private static final List<String> ROLES =
      List.of(
          "HTTP client",
          "scheduler",
          "verdict reader",
          "JIT compiler",
          "GC and safepoints",
          "other threads");

  /** A thread's role by its name as the kernel has it (the first 15 characters). */
  private static String role(String thread) {
    if (thread.startsWith("vert.x-eventloo")) {
      return "HTTP client";
    }
    if (thread.equals("java")) {
      return "scheduler"; // the main thread keeps the launcher's name
    }
    if (thread.equals("load-verdicts")) {
      return "verdict reader";
    }
    if (thread.startsWith("C1 CompilerThre") || thread.startsWith("C2 CompilerThre")) {
      return "JIT compiler";
    }
    if (thread.startsWith("GC Thread")
        || thread.startsWith("G1 ")
        || thread.equals("VM Thread")
        || thread.startsWith("VM Periodic")) {
      return "GC and safepoints";
    }
    return "other threads";
  }
}
