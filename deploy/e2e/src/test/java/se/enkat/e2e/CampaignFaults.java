package se.enkat.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.enkat.stack.ServiceProcess;
import se.enkat.stack.Supervised;
import se.enkat.stack.Supervisor;

/**
 * Does one fault to the running stack (SIGKILL or SIGTERM to each part's process, a killed part
 * optionally held down for a while) and waits until the supervisor has brought every part back and
 * every service is ready again.
 */
final class CampaignFaults {

  private static final Duration BACK_WITHIN = Duration.ofMinutes(6);

  private final Supervisor supervisor;
  private final Supervised parts;
  private final CampaignChecks checks;

  CampaignFaults(Supervisor supervisor, Supervised parts, CampaignChecks checks) {
    this.supervisor = supervisor;
    this.parts = parts;
    this.checks = checks;
  }

  /** Returns once the parts are restarted and every service answers ready. */
  void inflict(CampaignPlan.Fault fault) {
    if (fault.kind() == CampaignPlan.Fault.Kind.CRASH_POINTS) {
      awaitCrashPoints();
      awaitReady(fault, System.nanoTime() + BACK_WITHIN.toNanos());
      return;
    }
    Map<String, Integer> before = new LinkedHashMap<>();
    for (String part : fault.parts()) {
      before.put(part, supervisor.restartsOf(part));
      if (!fault.down().isZero()) {
        supervisor.holdDown(part, fault.down());
      }
    }
    for (String part : fault.parts()) {
      ProcessHandle process = ProcessHandle.of(parts.pid(part)).orElseThrow();
      if (fault.kind() == CampaignPlan.Fault.Kind.KILL_9) {
        process.destroyForcibly();
      } else {
        process.destroy();
      }
    }
    long deadline = System.nanoTime() + BACK_WITHIN.toNanos();
    before.forEach(
        (part, restarts) -> {
          while (supervisor.restartsOf(part) <= restarts) {
            if (System.nanoTime() > deadline) {
              throw new AssertionError(part + " was not restarted within " + BACK_WITHIN);
            }
            E2eHttp.sleep(Duration.ofMillis(200));
          }
        });
    awaitReady(fault, deadline);
  }

  private void awaitReady(CampaignPlan.Fault fault, long deadline) {
    while (!checks.notReady().isEmpty()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(
            "not ready " + BACK_WITHIN + " after " + fault.name() + ": " + checks.notReady());
      }
      E2eHttp.sleep(Duration.ofMillis(200));
    }
  }

  /** Every armed point's marker (the service halted there) and the service's restart after it. */
  private void awaitCrashPoints() {
    long deadline = System.nanoTime() + BACK_WITHIN.toNanos();
    Map<String, List<String>> armed = ServiceProcess.armedCrashPoints();
    if (armed.isEmpty()) {
      throw new AssertionError("no crash point armed: set -Denkat.crash-points=service:point,...");
    }
    armed.forEach(
        (service, points) -> {
          for (String point : points) {
            Path marker = ServiceProcess.crashMarkers(E2eStack.get(), service).resolve(point);
            while (!Files.exists(marker)) {
              if (System.nanoTime() > deadline) {
                throw new AssertionError(service + " never reached crash point " + point);
              }
              E2eHttp.sleep(Duration.ofMillis(200));
            }
          }
        });
    // A marker is written just before the halt; give the supervisor time to see the exit (a
    // service may even halt again while starting, before the supervisor counted a restart).
    E2eHttp.sleep(Duration.ofSeconds(3));
    for (String service : armed.keySet()) {
      while (supervisor.restartsOf(service) < 1) {
        if (System.nanoTime() > deadline) {
          throw new AssertionError(service + " was not restarted after its crash points");
        }
        E2eHttp.sleep(Duration.ofMillis(200));
      }
    }
  }
}
