package se.enkat.e2e.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The gateway's overhead: the same request straight to a service and through the gateway, side by
 * side in one run (alternating, so both see the same machine load), at a steady pace under the
 * gateway's rate limit. One run has two measured phases of the same length:
 *
 * <ol>
 *   <li><b>fresh</b>: right after the stack has started, {@code warmup} pairs discarded and the
 *       next {@code requests} pairs measured (the design of the earlier runs, JIT compilation
 *       inside the window);
 *   <li><b>steady state</b>: after the pairs have kept going for {@code warmupSeconds} since the
 *       first one, the next {@code requests} pairs measured.
 * </ol>
 *
 * Every pair from the first on is also summarised per window of ten seconds, so the report shows
 * where the overhead levels off. Plain Java without dependencies; run it against {@code ./enkat up}
 * with
 *
 * <pre>
 * java deploy/e2e/src/test/java/se/enkat/e2e/bench/GatewayOverhead.java \
 *   [--gateway http://localhost:8080] [--direct http://localhost:8081] \
 *   [--keycloak http://localhost:8180] [--path /api/v1/organisations/0180] \
 *   [--requests 1500] [--warmup 300] [--warmup-seconds 120] [--pairs-per-second 50]
 * </pre>
 *
 * or against a fresh e2e stack with {@code GatewayOverheadBench} (see docs/benchmarks/gateway.md).
 */
public final class GatewayOverhead {

  /** What one run does. */
  public record Plan(int warmup, int requests, int warmupSeconds, int pairsPerSecond) {}

  /** Latency percentiles of one target, in milliseconds. */
  public record Result(String target, int samples, int errors, double p50, double p90, double p99) {
    String line() {
      return String.format(
          Locale.ROOT,
          "| %s | %d | %d | %.2f | %.2f | %.2f |",
          target,
          samples,
          errors,
          p50,
          p90,
          p99);
    }
  }

  /** Both targets over the same measured pairs. */
  public record Phase(Result direct, Result gateway) {
    public double p50Overhead() {
      return gateway.p50() - direct.p50();
    }

    public int errors() {
      return direct.errors() + gateway.errors();
    }
  }

  /** p50 of both targets over one window of consecutive pairs (counted from the first pair). */
  public record Window(int firstPair, int pairs, double directP50, double gatewayP50) {}

  /**
   * The two measured phases, the trace of every window, the non-200 answers outside the measured
   * phases, and the seconds from the first pair to the start of the steady-state phase.
   */
  public record Report(
      Phase fresh,
      Phase steady,
      List<Window> windows,
      int unmeasuredErrors,
      double warmedSeconds) {}

  private static final Pattern ACCESS_TOKEN =
      Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

  private GatewayOverhead() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = new LinkedHashMap<>();
    options.put("gateway", "http://localhost:8080");
    options.put("direct", "http://localhost:8081");
    options.put("keycloak", "http://localhost:8180");
    options.put("path", "/api/v1/organisations/0180");
    options.put("requests", "1500");
    options.put("warmup", "300");
    options.put("warmup-seconds", "120");
    options.put("pairs-per-second", "50");
    for (int i = 0; i + 1 < args.length; i += 2) {
      options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    String token = adminToken(options.get("keycloak"));
    Plan plan =
        new Plan(
            Integer.parseInt(options.get("warmup")),
            Integer.parseInt(options.get("requests")),
            Integer.parseInt(options.get("warmup-seconds")),
            Integer.parseInt(options.get("pairs-per-second")));
    Report report =
        run(
            options.get("direct") + options.get("path"),
            options.get("gateway") + options.get("path"),
            token,
            plan);
    System.out.println(format(options.get("path"), plan, report));
  }

  /** A blank line, the phase's title, and its table, followed by a blank line. */
  private static void phase(List<String> lines, String title, Phase results) {
    lines.add("");
    lines.add(title);
    lines.add("");
    table(lines, results);
    lines.add("");
  }

  /** Markdown: the steady-state table (the headline), the fresh table, the window trace. */
  public static String format(String path, Plan plan, Report report) {
    List<String> lines = new ArrayList<>();
    lines.add(
        String.format(
            Locale.ROOT,
            "GET %s (sequential, one kept-alive connection each, alternating, %d pairs/s)",
            path,
            plan.pairsPerSecond()));
    phase(
        lines,
        String.format(
            Locale.ROOT,
            "Steady state: %d pairs measured after %.0f s of pairs since the first",
            plan.requests(),
            report.warmedSeconds()),
        report.steady());
    phase(
        lines,
        String.format(
            Locale.ROOT,
            "Fresh stack: the first %d pairs discarded, the next %d measured",
            plan.warmup(),
            plan.requests()),
        report.fresh());
    lines.add("Non-200 answers outside the measured phases: " + report.unmeasuredErrors());
    lines.add("");
    lines.add("p50 per window of pairs, from the first pair:");
    lines.add("");
    lines.add("| pairs | direct p50 ms | gateway p50 ms | overhead ms |");
    lines.add("| --- | --- | --- | --- |");
    for (Window window : report.windows()) {
      lines.add(
          String.format(
              Locale.ROOT,
              "| %d-%d | %.2f | %.2f | %+.2f |",
              window.firstPair() + 1,
              window.firstPair() + window.pairs(),
              window.directP50(),
              window.gatewayP50(),
              window.gatewayP50() - window.directP50()));
    }
    return String.join("\n", lines);
  }

  private static void table(List<String> lines, Phase phase) {
    lines.add("| target | samples | errors | p50 ms | p90 ms | p99 ms |");
    lines.add("| --- | --- | --- | --- | --- | --- |");
    lines.add(phase.direct().line());
    lines.add(phase.gateway().line());
    lines.add("");
    lines.add(
        String.format(
            Locale.ROOT,
            "gateway overhead: p50 %+.2f ms, p90 %+.2f ms, p99 %+.2f ms",
            phase.p50Overhead(),
            phase.gateway().p90() - phase.direct().p90(),
            phase.gateway().p99() - phase.direct().p99()));
  }

  /** Runs the plan: the fresh phase, pairs until the warm-up time is up, the steady phase. */
  public static Report run(String directUrl, String gatewayUrl, String token, Plan plan)
      throws IOException, InterruptedException {
    HttpClient client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    HttpRequest direct = request(directUrl, token);
    HttpRequest gateway = request(gatewayUrl, token);
    Samples samples = new Samples();
    long interval = 1_000_000_000L / plan.pairsPerSecond();
    long first = System.nanoTime();
    long next = first;
    int freshStart = plan.warmup();
    int freshEnd = freshStart + plan.requests();
    int steadyStart = -1;
    for (int i = 0; steadyStart < 0 || i < steadyStart + plan.requests(); i++) {
      if (steadyStart < 0
          && i >= freshEnd
          && System.nanoTime() - first >= plan.warmupSeconds() * 1_000_000_000L) {
        steadyStart = i;
      }
      // alternate which goes first, so neither always gets the warmer caches
      boolean directFirst = (i & 1) == 0;
      Timed a = time(client, directFirst ? direct : gateway);
      Timed b = time(client, directFirst ? gateway : direct);
      samples.add(directFirst ? a : b, directFirst ? b : a);
      next += interval;
      long sleep = next - System.nanoTime();
      if (sleep > 0) {
        Thread.sleep(sleep / 1_000_000, (int) (sleep % 1_000_000));
      } else {
        next = System.nanoTime();
      }
    }
    double warmedSeconds = (samples.startNanos(steadyStart) - first) / 1e9;
    Phase fresh = samples.phase(directUrl, gatewayUrl, freshStart, freshEnd);
    Phase steady = samples.phase(directUrl, gatewayUrl, steadyStart, steadyStart + plan.requests());
    int unmeasuredErrors = samples.errors(0, freshStart) + samples.errors(freshEnd, steadyStart);
    return new Report(
        fresh,
        steady,
        samples.windows(plan.pairsPerSecond() * 10),
        unmeasuredErrors,
        warmedSeconds);
  }

  /** One timed request: when it started, how long it took, and whether it answered 200. */
  private record Timed(long startNanos, long nanos, boolean ok) {}

  /** Every pair's timings, in order. */
  private static final class Samples {
    private long[] direct = new long[4096];
    private long[] gateway = new long[4096];
    private long[] starts = new long[4096];
    private boolean[] directOk = new boolean[4096];
    private boolean[] gatewayOk = new boolean[4096];
    private int size;

    void add(Timed directTimed, Timed gatewayTimed) {
      if (size == direct.length) {
        int grown = size * 2;
        direct = Arrays.copyOf(direct, grown);
        gateway = Arrays.copyOf(gateway, grown);
        starts = Arrays.copyOf(starts, grown);
        directOk = Arrays.copyOf(directOk, grown);
        gatewayOk = Arrays.copyOf(gatewayOk, grown);
      }
      direct[size] = directTimed.nanos();
      gateway[size] = gatewayTimed.nanos();
      starts[size] = Math.min(directTimed.startNanos(), gatewayTimed.startNanos());
      directOk[size] = directTimed.ok();
      gatewayOk[size] = gatewayTimed.ok();
      size++;
    }

    long startNanos(int pair) {
      return starts[pair];
    }

    Phase phase(String directUrl, String gatewayUrl, int from, int to) {
      return new Phase(
          summarise(
              "direct (" + host(directUrl) + ")",
              Arrays.copyOfRange(direct, from, to),
              count(directOk, from, to)),
          summarise(
              "gateway (" + host(gatewayUrl) + ")",
              Arrays.copyOfRange(gateway, from, to),
              count(gatewayOk, from, to)));
    }

    int errors(int from, int to) {
      return count(directOk, from, to) + count(gatewayOk, from, to);
    }

    List<Window> windows(int pairs) {
      List<Window> windows = new ArrayList<>();
      for (int from = 0; from < size; from += pairs) {
        int to = Math.min(size, from + pairs);
        windows.add(
            new Window(
                from,
                to - from,
                percentile(sorted(Arrays.copyOfRange(direct, from, to)), 50),
                percentile(sorted(Arrays.copyOfRange(gateway, from, to)), 50)));
      }
      return windows;
    }

    private static int count(boolean[] ok, int from, int to) {
      int failed = 0;
      for (int i = from; i < to; i++) {
        if (!ok[i]) {
          failed++;
        }
      }
      return failed;
    }

    private static String host(String url) {
      return url.replaceAll("(https?://[^/]+).*", "$1");
    }
  }

  private static Timed time(HttpClient client, HttpRequest request)
      throws IOException, InterruptedException {
    long start = System.nanoTime();
    HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
    long nanos = System.nanoTime() - start;
    return new Timed(start, nanos, response.statusCode() == 200);
  }

  private static Result summarise(String target, long[] nanos, int errors) {
    long[] sorted = sorted(nanos);
    return new Result(
        target,
        sorted.length,
        errors,
        percentile(sorted, 50),
        percentile(sorted, 90),
        percentile(sorted, 99));
  }

  private static long[] sorted(long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return sorted;
  }

  private static double percentile(long[] sorted, int p) {
    int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, index)] / 1_000_000.0;
  }

  private static HttpRequest request(String url, String token) {
    return HttpRequest.newBuilder(URI.create(url))
        .timeout(Duration.ofSeconds(30))
        .header("Authorization", "Bearer " + token)
        .GET()
        .build();
  }

  /** The demo admin's token (password grant through the public client enkat-web). */
  public static String adminToken(String keycloakUrl) throws IOException, InterruptedException {
    String form =
        "grant_type=password&client_id=enkat-web&username=admin&password="
            + URLEncoder.encode("demo", StandardCharsets.UTF_8);
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(keycloakUrl + "/realms/enkat/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    Matcher token = ACCESS_TOKEN.matcher(response.body());
    if (response.statusCode() != 200 || !token.find()) {
      throw new IllegalStateException(
          "no admin token: " + response.statusCode() + " " + response.body());
    }
    return token.group(1);
  }
}
