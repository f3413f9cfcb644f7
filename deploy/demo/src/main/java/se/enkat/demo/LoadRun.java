package se.enkat.demo;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.buffer.Buffer;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import se.enkat.questionnaire.eval.Organisation;
import se.enkat.questionnaire.model.OrganisationType;
import se.enkat.questionnaire.model.Questionnaire;

/**
 * {@code ./enkat load}: respondents of every region and municipality submit through the gateway at
 * a planned rate, each with its own Keycloak token, open loop; valid and invalid answer sets mixed.
 * Measures the 202s, the verdicts and the indicator's updates as they reach Kafka, the CPU of every
 * process, and, first, this machine's PostgreSQL ceiling for the same write.
 */
final class LoadRun {

  /** What a run measured. */
  record Result(
      LoadPlan plan,
      String round,
      int organisations,
      int connections,
      PgbenchCeiling.Result ceiling,
      long sent,
      long steadySent,
      long steadyAcknowledged,
      Map<Integer, Long> statuses,
      double acknowledgedPerSecond,
      double judgedPerSecond,
      Percentiles ack,
      Percentiles verdict,
      Percentiles freshness,
      long unjudged,
      long wrongVerdicts,
      long withoutUpdate,
      Map<String, ProcessCpu.Cpu> cpu,
      Map<String, Double> generatorThreads,
      String loadBefore,
      String loadAfter) {}

  /** Milliseconds at the 50th, 99th and 100th percentile, over {@code n} values. */
  record Percentiles(long n, double p50, double p99, double max) {}

  private static final String INVALID_QUESTION = PreviousYear.REWORDED; // a yes/no question
  // A question no rule refers to: the valid sets alternate its answer, so every accepted revision
  // changes the organisation's indicator cells and the indicator announces it.
  private static final String ALTERNATING_QUESTION = "risk.daily_assessment";

  private final Api api = new Api();
  private final String gateway;
  private final String keycloak;
  private final String kafka;
  private final int pgPort;
  private final Path home;
  private final LoadPlan plan;
  private final PrintStream out;
  private final Tokens tokens;
  private final RoundAdmin admin;

  LoadRun(
      String gateway,
      String keycloak,
      String kafka,
      int pgPort,
      Path home,
      LoadPlan plan,
      PrintStream out) {
    this.gateway = gateway;
    this.keycloak = keycloak;
    this.kafka = kafka;
    this.pgPort = pgPort;
    this.home = home;
    this.plan = plan;
    this.out = out;
    this.tokens = new Tokens(api, keycloak);
    this.admin = new RoundAdmin(api, tokens, gateway);
  }

  Result run() {
    int connections = SubmissionClient.configuredConnections();
    String pgbench = PgbenchCeiling.find();
    if (pgbench == null) {
      throw new DemoException(
          "pgbench is not on PATH; it measures this machine's PostgreSQL ceiling in the same run"
              + " (Debian: apt-get install -y postgresql-client)");
    }
    out.println("load: the PostgreSQL ceiling (pgbench, 8 clients, 15 s, the submission's write)");
    PgbenchCeiling.Result ceiling =
        new PgbenchCeiling(pgbench, pgPort, home.resolve("load")).measure(8, 15);
    out.printf("load:   %.0f transactions per second%n", ceiling.tps());

    Questionnaire questionnaire = PreviousYear.questionnaire2025();
    admin.upload(questionnaire);
    List<Organisation> invited = invited();
    accounts(invited);
    String round =
        admin.freeRoundId(
            "load-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmm")));
    admin.createRound(
        round,
        questionnaire,
        RoundAdmin.populationOfTypes(List.of("REGION", "MUNICIPALITY")),
        2026);
    admin.open(round);
    Map<OrganisationType, Integer> everyone = new LinkedHashMap<>();
    invited.forEach(o -> everyone.merge(o.type(), 1, Integer::sum));
    DemoPlan answers = DemoPlan.create(questionnaire, invited, everyone, DemoPlan.DEFAULT_SEED);
    List<Respondent> respondents = respondents(round, answers);
    out.printf(
        "load: round %s, %d organisations with their own tokens; %d requests: %d s ramp to %.0f/s,"
            + " %d s steady, %.0f %% invalid; at most %d connections%n",
        round,
        respondents.size(),
        plan.requests(),
        plan.rampSeconds(),
        plan.rate(),
        plan.steadySeconds(),
        plan.invalidShare() * 100,
        connections);

    ProcessCpu cpu = new ProcessCpu(home.resolve("pids"));
    try (VerdictWatch watch = new VerdictWatch(kafka, round);
        SubmissionClient client = new SubmissionClient(connections)) {
      Sent sent = send(respondents, cpu, client);
      out.println("load: every request answered; waiting for the verdicts and the indicator");
      return measure(round, respondents.size(), connections, ceiling, sent, watch);
    }
  }

  /**
   * One respondent: its organisation, endpoint with token, answer bodies (two valid, one invalid).
   */
  private record Respondent(
      String code, SubmissionClient.Target target, Buffer[] valid, Buffer invalid) {}

  /** What was sent, by request index. */
  private static final class Sent {
    final int[] status;
    final int[] revision;
    final long[] dueMillis;
    final long[] ackMillis;
    final long[] ackLatencyMicros;
    final String[] organisation;
    final boolean[] invalid;
    Map<String, ProcessCpu.Cpu> steadyCpu;
    Map<String, Double> steadyThreads;
    String loadBefore;
    String loadAfter;

    Sent(int n) {
      status = new int[n];
      revision = new int[n];
      dueMillis = new long[n];
      ackMillis = new long[n];
      ackLatencyMicros = new long[n];
      organisation = new String[n];
      invalid = new boolean[n];
    }
  }

  private Sent send(List<Respondent> respondents, ProcessCpu cpu, SubmissionClient client) {
    int n = (int) plan.requests();
    Sent sent = new Sent(n);
    CountDownLatch answered = new CountDownLatch(n);
    ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    Map<String, ProcessCpu.Cpu> atSteady = new ConcurrentHashMap<>();
    sent.loadBefore = loadAverage();
    long start = System.nanoTime();
    long startMillis = System.currentTimeMillis();
    Map<String, Double> threadsAtSteady = new ConcurrentHashMap<>();
    timer.schedule(
        () -> {
          atSteady.putAll(cpu.sample());
          threadsAtSteady.putAll(ProcessCpu.ownThreads());
        },
        plan.rampSeconds() * 1000L,
        TimeUnit.MILLISECONDS);
    CountDownLatch steadyMeasured = new CountDownLatch(1);
    timer.schedule(
        () -> {
          Map<String, ProcessCpu.Cpu> after = cpu.sample();
          Map<String, Double> threadsAfter = ProcessCpu.ownThreads();
          Map<String, ProcessCpu.Cpu> used = new LinkedHashMap<>();
          after.forEach((name, c) -> used.put(name, c.minus(atSteady.getOrDefault(name, c))));
          sent.steadyCpu = used;
          Map<String, Double> threads = new LinkedHashMap<>();
          threadsAfter.forEach(
              (role, seconds) ->
                  threads.put(role, seconds - threadsAtSteady.getOrDefault(role, 0.0)));
          sent.steadyThreads = threads;
          sent.loadAfter = loadAverage();
          steadyMeasured.countDown();
        },
        (plan.rampSeconds() + plan.steadySeconds()) * 1000L,
        TimeUnit.MILLISECONDS);
    int[] validSent = new int[respondents.size()];
    for (int i = 0; i < n; i++) {
      long due = start + plan.dueNanos(i);
      long wait = due - System.nanoTime();
      if (wait > 0) {
        LockSupport.parkNanos(wait);
      }
      int who = i % respondents.size();
      Respondent r = respondents.get(who);
      boolean invalid =
          Math.floor((i + 1) * plan.invalidShare()) > Math.floor(i * plan.invalidShare());
      sent.organisation[i] = r.code();
      sent.invalid[i] = invalid;
      sent.dueMillis[i] = startMillis + plan.dueNanos(i) / 1_000_000L;
      int index = i;
      client.send(
          r.target(),
          invalid ? r.invalid() : r.valid()[validSent[who]++ % 2],
          (status, revision) -> {
            long now = System.nanoTime();
            sent.ackLatencyMicros[index] = (now - due) / 1000L;
            sent.ackMillis[index] = System.currentTimeMillis();
            sent.status[index] = status;
            sent.revision[index] = revision;
            answered.countDown();
          });
    }
    try {
      if (!answered.await(2, TimeUnit.MINUTES)) {
        out.printf("load: %d requests still unanswered after 2 minutes%n", answered.getCount());
      }
      steadyMeasured.await(2, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    timer.shutdownNow();
    return sent;
  }

  private Result measure(
      String round,
      int organisations,
      int connections,
      PgbenchCeiling.Result ceiling,
      Sent sent,
      VerdictWatch watch) {
    int n = sent.status.length;
    Map<Integer, Long> statuses = new TreeMap<>();
    for (int status : sent.status) {
      statuses.merge(status, 1L, Long::sum);
    }
    // Wait (at most two minutes) until every acknowledged revision has its verdict.
    long deadline = System.currentTimeMillis() + 120_000;
    long unjudged;
    do {
      unjudged = 0;
      for (int i = 0; i < n; i++) {
        if (sent.status[i] == 202
            && watch.verdict(sent.organisation[i], sent.revision[i]) == null) {
          unjudged++;
        }
      }
      if (unjudged > 0) {
        LockSupport.parkNanos(500_000_000L);
      }
    } while (unjudged > 0 && System.currentTimeMillis() < deadline);
    LockSupport.parkNanos(3_000_000_000L); // the indicator's last updates
    List<Long> ack = new ArrayList<>();
    List<Long> verdict = new ArrayList<>();
    List<Long> freshness = new ArrayList<>();
    long steadySent = 0;
    long steadyAcknowledged = 0;
    long wrong = 0;
    long withoutUpdate = 0;
    long judgedInSteady = 0;
    Map<String, List<Long>> updates = new ConcurrentHashMap<>();
    for (int i = 0; i < n; i++) {
      if (!plan.steady(i)) {
        continue;
      }
      steadySent++;
      ack.add(sent.ackLatencyMicros[i]);
      if (sent.status[i] != 202) {
        continue;
      }
      steadyAcknowledged++;
      VerdictWatch.Verdict v = watch.verdict(sent.organisation[i], sent.revision[i]);
      if (v == null) {
        continue;
      }
      judgedInSteady++;
      verdict.add((v.at() - sent.ackMillis[i]) * 1000L);
      if (v.accepted() == sent.invalid[i]) {
        wrong++;
      }
      if (v.accepted()) {
        List<Long> times = updates.computeIfAbsent(sent.organisation[i], watch::updatesOf);
        Long first = firstAtOrAfter(times, v.at());
        if (first == null) {
          withoutUpdate++;
        } else {
          freshness.add((first - v.at()) * 1000L);
        }
      }
    }
    ProcessCpu.Cpu none = new ProcessCpu.Cpu(0, 0);
    Map<String, ProcessCpu.Cpu> cpu = sent.steadyCpu == null ? Map.of("-", none) : sent.steadyCpu;
    return new Result(
        plan,
        round,
        organisations,
        connections,
        ceiling,
        n,
        steadySent,
        steadyAcknowledged,
        statuses,
        steadyAcknowledged / (double) plan.steadySeconds(),
        judgedInSteady / (double) plan.steadySeconds(),
        percentiles(ack),
        percentiles(verdict),
        percentiles(freshness),
        unjudged,
        wrong,
        withoutUpdate,
        cpu,
        sent.steadyThreads == null ? Map.of() : sent.steadyThreads,
        sent.loadBefore,
        sent.loadAfter);
  }

  private static Long firstAtOrAfter(List<Long> sorted, long at) {
    int low = 0;
    int high = sorted.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (sorted.get(mid) < at) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low < sorted.size() ? sorted.get(low) : null;
  }

  private static Percentiles percentiles(List<Long> micros) {
    if (micros.isEmpty()) {
      return new Percentiles(0, Double.NaN, Double.NaN, Double.NaN);
    }
    org.HdrHistogram.Histogram histogram = new org.HdrHistogram.Histogram(3);
    micros.forEach(m -> histogram.recordValue(Math.max(0, m)));
    return new Percentiles(
        histogram.getTotalCount(),
        histogram.getValueAtPercentile(50) / 1000.0,
        histogram.getValueAtPercentile(99) / 1000.0,
        histogram.getMaxValue() / 1000.0);
  }

  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).trim();
    } catch (java.io.IOException e) {
      return "unknown";
    }
  }

  private List<Organisation> invited() {
    List<Organisation> invited = new ArrayList<>();
    for (String type : List.of("REGION", "MUNICIPALITY")) {
      for (JsonNode organisation : admin.organisations(type)) {
        invited.add(
            new Organisation(
                organisation.path("code").asText(),
                OrganisationType.valueOf(type),
                organisation.path("county").asText()));
      }
    }
    return invited;
  }

  private void accounts(List<Organisation> invited) {
    KeycloakAccounts accounts = new KeycloakAccounts(api, tokens, keycloak, "admin", "admin");
    int created = 0;
    for (Organisation organisation : invited) {
      created += accounts.ensureRespondent(organisation, organisation.code()) ? 1 : 0;
    }
    out.printf(
        "load: respondent accounts: %d created, %d already there%n",
        created, invited.size() - created);
  }

  private List<Respondent> respondents(String round, DemoPlan answers) {
    List<Respondent> respondents = new ArrayList<>();
    for (RespondentScript script : answers.respondents()) {
      Organisation organisation = script.organisation();
      Map<String, Object> valid = new LinkedHashMap<>(script.finalAnswers());
      Map<String, Object> other = new LinkedHashMap<>(valid);
      other.put(ALTERNATING_QUESTION, "yes".equals(valid.get(ALTERNATING_QUESTION)) ? "no" : "yes");
      Map<String, Object> invalid = new LinkedHashMap<>(valid);
      invalid.put(INVALID_QUESTION, 7); // a number where yes or no belongs: wrong_type
      String token = tokens.user(KeycloakAccounts.username(organisation), Tokens.DEMO_PASSWORD);
      respondents.add(
          new Respondent(
              organisation.code(),
              SubmissionClient.target(
                  gateway + "/api/v1/rounds/" + round + "/submissions/" + organisation.code(),
                  token),
              new Buffer[] {
                SubmissionClient.body(
                    Api.write(Map.of("answers", valid, "comments", script.comments()))),
                SubmissionClient.body(
                    Api.write(Map.of("answers", other, "comments", script.comments())))
              },
              SubmissionClient.body(
                  Api.write(Map.of("answers", invalid, "comments", script.comments())))));
    }
    return respondents;
  }
}
