package se.enkat.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * {@code ./enkat load [rate] [steady seconds] [ramp seconds] [invalid share]} (defaults 1000, 60,
 * 150, 0.1) against the running stack: prints the figures and writes them as a Markdown section to
 * {@code .enkat/load/}. Arguments after those: gateway URL, Keycloak URL, Kafka bootstrap,
 * PostgreSQL port, ENKAT_HOME, as {@code ./enkat} passes them.
 */
public final class LoadMain {

  private LoadMain() {}

  public static void main(String[] args) {
    LoadPlan plan =
        new LoadPlan(
            Double.parseDouble(args[0]),
            Integer.parseInt(args[2]),
            Integer.parseInt(args[1]),
            Double.parseDouble(args[3]));
    Path home = Path.of(args[8]).toAbsolutePath();
    try {
      LoadRun.Result result =
          new LoadRun(args[4], args[5], args[6], Integer.parseInt(args[7]), home, plan, System.out)
              .run();
      String report = report(result);
      System.out.println();
      System.out.println(report);
      Path file =
          home.resolve("load")
              .resolve(
                  "load-"
                      + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"))
                      + ".md");
      Files.createDirectories(file.getParent());
      Files.writeString(file, report);
      System.out.println("load: written to " + file);
      System.exit(result.unjudged() == 0 && result.wrongVerdicts() == 0 ? 0 : 3);
    } catch (DemoException | IOException e) {
      System.err.println("enkat load: FAILED: " + e.getMessage());
      System.exit(1);
    }
  }

  /** The result as a Markdown section for docs/benchmarks/submissions.md. */
  static String report(LoadRun.Result r) {
    StringBuilder md = new StringBuilder();
    PrintStreamish p = new PrintStreamish(md);
    p.line(
        "### %.0f submissions/s planned (%d s ramp, %d s steady, %.0f %% invalid), round %s",
        r.plan().rate(),
        r.plan().rampSeconds(),
        r.plan().steadySeconds(),
        r.plan().invalidShare() * 100,
        r.round());
    p.line("");
    p.line(
        "Load average before / after the steady phase: `%s` / `%s`", r.loadBefore(), r.loadAfter());
    p.line("");
    p.line("| figure | value |");
    p.line("| --- | --- |");
    p.line("| organisations, each with its own token | %d |", r.organisations());
    p.line("| requests sent (all phases) | %d |", r.sent());
    p.line("| load generator's keep-alive connections, at most | %d |", r.connections());
    p.line("| answers by status (all phases; -1 = no answer) | %s |", r.statuses());
    p.line(
        "| **accepted (202) per second, steady** | **%.0f** (%d of %d) |",
        r.acknowledgedPerSecond(), r.steadyAcknowledged(), r.steadySent());
    p.line("| judged per second, steady | %.0f |", r.judgedPerSecond());
    p.line("| 202 latency from due time, p50 / p99 / max | %s |", ms(r.ack()));
    p.line("| 202 → verdict in Kafka, p50 / p99 / max | %s |", ms(r.verdict()));
    p.line(
        "| verdict → indicator update in Kafka (freshness), p50 / p99 / max | %s |",
        ms(r.freshness()));
    p.line("| acknowledged but never judged | %d |", r.unjudged());
    p.line(
        "| wrong verdicts (a valid set rejected or an invalid one accepted) | %d |",
        r.wrongVerdicts());
    p.line("| accepted without an indicator update | %d |", r.withoutUpdate());
    p.line(
        "| PostgreSQL ceiling (pgbench, %d clients, %d s, revision + outbox row) | %.0f tps |",
        r.ceiling().clients(), r.ceiling().seconds(), r.ceiling().tps());
    p.line(
        "| **ratio: accepted/s ÷ ceiling** | **%.3f** |",
        r.acknowledgedPerSecond() / r.ceiling().tps());
    p.line("");
    p.line("CPU in the steady phase (user + kernel), per accepted submission:");
    p.line("");
    p.line("| process | CPU s | of which kernel | ms per submission |");
    p.line("| --- | --- | --- | --- |");
    double total = 0;
    for (Map.Entry<String, ProcessCpu.Cpu> e : r.cpu().entrySet()) {
      ProcessCpu.Cpu c = e.getValue();
      total += c.total();
      p.line(
          "| %s | %.1f | %.0f %% | %.2f |",
          e.getKey(),
          c.total(),
          c.total() == 0 ? 0 : 100 * c.kernel() / c.total(),
          perSubmission(c.total(), r.steadyAcknowledged()));
    }
    p.line("| all | %.1f | | %.2f |", total, perSubmission(total, r.steadyAcknowledged()));
    if (!r.generatorThreads().isEmpty()) {
      StringBuilder threads = new StringBuilder();
      r.generatorThreads()
          .forEach(
              (role, seconds) ->
                  threads
                      .append(threads.length() == 0 ? "" : ", ")
                      .append(
                          String.format(
                              java.util.Locale.ROOT,
                              "%s %.2f",
                              role,
                              perSubmission(seconds, r.steadyAcknowledged()))));
      p.line("");
      p.line("The load generator's CPU by thread, ms per submission: %s.", threads);
    }
    return md.toString();
  }

  private static double perSubmission(double seconds, long submissions) {
    return submissions == 0 ? Double.NaN : 1000 * seconds / submissions;
  }

  private static String ms(LoadRun.Percentiles p) {
    return String.format("%.0f / %.0f / %.0f ms (n = %d)", p.p50(), p.p99(), p.max(), p.n());
  }

  /** Lines into a StringBuilder. */
  private record PrintStreamish(StringBuilder out) {
    void line(String format, Object... args) {
      out.append(String.format(java.util.Locale.ROOT, format, args)).append('\n');
    }
  }
}
