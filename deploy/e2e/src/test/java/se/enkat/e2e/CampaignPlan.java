package se.enkat.e2e;

import java.time.Duration;
import java.util.List;

/**
 * What one fault campaign does: how many respondents submit at what pace, and the faults in turn.
 * {@code short} (the default) runs inside {@code ./mvnw verify}; {@code -Denkat.campaign=full} runs
 * every fault of issue 14 and issue 22 (docs/reliability.md); {@code multi-instance} kills one of
 * two instances of each service (issue 20, docs/deploying.md).
 */
record CampaignPlan(
    String name,
    int regions,
    int municipalities,
    int threads,
    double submissionsPerSecond,
    Duration loadBeforeFirstFault,
    Duration loadAfterRecovery,
    Duration drainTimeout,
    List<Fault> faults) {

  /** One fault: what is done to which parts, and for how long a killed part is kept down. */
  record Fault(String name, Kind kind, List<String> parts, Duration down) {

    enum Kind {
      KILL_9,
      SIGTERM,
      /** Nothing done from outside: the services' armed crash points halt them (CrashPoints). */
      CRASH_POINTS
    }

    static Fault kill9(String part) {
      return new Fault("kill -9 " + part, Kind.KILL_9, List.of(part), Duration.ZERO);
    }

    static Fault kill9Down(String part, Duration down) {
      return new Fault(
          "kill -9 " + part + ", " + down.toSeconds() + " s down",
          Kind.KILL_9,
          List.of(part),
          down);
    }

    static Fault sigterm(String part) {
      return new Fault("SIGTERM " + part, Kind.SIGTERM, List.of(part), Duration.ZERO);
    }

    /**
     * Waits while every armed crash point ({@code -Denkat.crash-points}) halts its service once and
     * the supervisor restarts it.
     */
    static Fault crashPoints() {
      return new Fault(
          "crash points " + System.getProperty("enkat.crash-points", ""),
          Kind.CRASH_POINTS,
          List.of(),
          Duration.ZERO);
    }

    /** kill -9 of these parts at once, each kept down for a while before it is restarted. */
    static Fault kill9Together(List<String> parts, Duration down) {
      return new Fault(
          "kill -9 " + String.join(", ", parts) + ", " + down.toSeconds() + " s down",
          Kind.KILL_9,
          parts,
          down);
    }

    static Fault sigtermEveryService() {
      return new Fault(
          "SIGTERM every service",
          Kind.SIGTERM,
          List.of("gateway", "collection", "validation", "indicator", "publication"),
          Duration.ZERO);
    }
  }

  static CampaignPlan fromSystemProperties() {
    String name = System.getProperty("enkat.campaign", "short");
    return switch (name) {
      case "short" -> shortForm();
      case "full" -> full();
      case "crash-points" -> crashPoints();
      case "multi-instance" -> multiInstance();
      default ->
          throw new IllegalArgumentException(
              "enkat.campaign="
                  + name
                  + ": expected short (default), full, crash-points or multi-instance");
    };
  }

  /** A few kills under ~5 minutes, for every build. */
  static CampaignPlan shortForm() {
    return new CampaignPlan(
        "short",
        4,
        16,
        6,
        8,
        Duration.ofSeconds(10),
        Duration.ofSeconds(5),
        Duration.ofSeconds(120),
        List.of(Fault.kill9("collection"), Fault.kill9("validation"), Fault.sigtermEveryService()));
  }

  /**
   * The crash points of issue 14, one run each: run by the failsafe execution {@code crash-points}
   * (deploy/e2e/pom.xml), whose stack is started with {@code -Denkat.crash-points}: each service
   * halts once right after Kafka acknowledged a relayed batch (before the rows are marked sent) and
   * once right after a consumer's commit (before its offset commit), under load.
   */
  static CampaignPlan crashPoints() {
    return new CampaignPlan(
        "crash-points",
        2,
        10,
        4,
        6,
        Duration.ofSeconds(5),
        Duration.ofSeconds(5),
        Duration.ofSeconds(120),
        List.of(Fault.crashPoints()));
  }

  /**
   * Issue 20: run by the failsafe execution {@code multi-instance} (deploy/e2e/pom.xml) on a stack
   * with two instances each of collection, validation, indicator and publication ({@code
   * -Denkat.e2e.instances}). One instance of each is killed at once mid-round and kept down for 50
   * s, longer than Kafka's session timeout (45 s), so the survivors take over the dead ones'
   * partitions and the gateway sends every request to the surviving collection; then they come back
   * and the partitions move again.
   */
  static CampaignPlan multiInstance() {
    return new CampaignPlan(
        "multi-instance",
        4,
        16,
        6,
        8,
        Duration.ofSeconds(15),
        Duration.ofSeconds(10),
        Duration.ofSeconds(180),
        List.of(
            Fault.kill9Together(
                List.of("collection", "validation-2", "indicator", "publication-2"),
                Duration.ofSeconds(50))));
  }

  /** Every fault of issues 14 and 22, each left to the supervisor to restart. */
  static CampaignPlan full() {
    return new CampaignPlan(
        "full",
        21,
        79,
        12,
        15,
        Duration.ofSeconds(20),
        Duration.ofSeconds(10),
        Duration.ofSeconds(240),
        List.of(
            Fault.kill9("collection"),
            Fault.kill9("validation"),
            Fault.kill9("validation"),
            Fault.kill9("indicator"),
            Fault.kill9("publication"),
            Fault.kill9("gateway"),
            Fault.kill9Down("kafka", Duration.ofSeconds(15)),
            Fault.kill9Down("postgres", Duration.ofSeconds(75)),
            Fault.sigtermEveryService(),
            Fault.sigterm("validation"),
            Fault.sigterm("indicator"),
            Fault.sigterm("publication")));
  }
}
