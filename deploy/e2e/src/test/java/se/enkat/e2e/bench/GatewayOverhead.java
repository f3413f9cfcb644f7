package se.enkat.e2e.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The gateway's overhead: the same request straight to a service and through the gateway, side by
 * side in one run (alternating, so both see the same machine load), at a steady pace under the
 * gateway's rate limit. Plain Java without dependencies; run it against {@code ./enkat up} with
 *
 * <pre>
 * java deploy/e2e/src/test/java/se/enkat/e2e/bench/GatewayOverhead.java \
 *   [--gateway http://localhost:8080] [--direct http://localhost:8081] \
 *   [--keycloak http://localhost:8180] [--path /api/v1/organisations/0180] \
 *   [--requests 1500] [--warmup 300] [--pairs-per-second 50]
 * </pre>
 *
 * or against a fresh e2e stack with {@code GatewayOverheadBench} (see docs/benchmarks/gateway.md).
 */
public final class GatewayOverhead {

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
    options.put("pairs-per-second", "50");
    for (int i = 0; i + 1 < args.length; i += 2) {
      options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    String token = adminToken(options.get("keycloak"));
    Result[] results =
        run(
            options.get("direct") + options.get("path"),
            options.get("gateway") + options.get("path"),
            token,
            Integer.parseInt(options.get("warmup")),
            Integer.parseInt(options.get("requests")),
            Integer.parseInt(options.get("pairs-per-second")));
    System.out.println(report(options.get("path"), results));
  }

  /** A markdown table of both results and the p50 difference. */
  public static String report(String path, Result[] results) {
    return String.join(
        "\n",
        "GET " + path + " (sequential, one connection each, alternating)",
        "",
        "| target | samples | errors | p50 ms | p90 ms | p99 ms |",
        "| --- | --- | --- | --- | --- | --- |",
        results[0].line(),
        results[1].line(),
        "",
        String.format(
            Locale.ROOT,
            "gateway overhead: p50 %+.2f ms, p90 %+.2f ms, p99 %+.2f ms",
            results[1].p50() - results[0].p50(),
            results[1].p90() - results[0].p90(),
            results[1].p99() - results[0].p99()));
  }

  /** Returns {direct, gateway}. */
  public static Result[] run(
      String directUrl,
      String gatewayUrl,
      String token,
      int warmup,
      int requests,
      int pairsPerSecond)
      throws IOException, InterruptedException {
    HttpClient client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    HttpRequest direct = request(directUrl, token);
    HttpRequest gateway = request(gatewayUrl, token);
    long[] directNanos = new long[requests];
    long[] gatewayNanos = new long[requests];
    int[] errors = new int[2];
    long interval = 1_000_000_000L / pairsPerSecond;
    long next = System.nanoTime();
    for (int i = -warmup; i < requests; i++) {
      // alternate which goes first, so neither always gets the warmer caches
      boolean directFirst = (i & 1) == 0;
      long a = time(client, directFirst ? direct : gateway, errors, directFirst ? 0 : 1, i >= 0);
      long b = time(client, directFirst ? gateway : direct, errors, directFirst ? 1 : 0, i >= 0);
      if (i >= 0) {
        directNanos[i] = directFirst ? a : b;
        gatewayNanos[i] = directFirst ? b : a;
      }
      next += interval;
      long sleep = next - System.nanoTime();
      if (sleep > 0) {
        Thread.sleep(sleep / 1_000_000, (int) (sleep % 1_000_000));
      } else {
        next = System.nanoTime();
      }
    }
    return new Result[] {
      summarise(
          "direct (" + directUrl.replaceAll("(https?://[^/]+).*", "$1") + ")",
          directNanos,
          errors[0]),
      summarise(
          "gateway (" + gatewayUrl.replaceAll("(https?://[^/]+).*", "$1") + ")",
          gatewayNanos,
          errors[1])
    };
  }

  private static long time(
      HttpClient client, HttpRequest request, int[] errors, int which, boolean counted)
      throws IOException, InterruptedException {
    long start = System.nanoTime();
    HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
    long nanos = System.nanoTime() - start;
    if (response.statusCode() != 200 && counted) {
      errors[which]++;
    }
    return nanos;
  }

  private static Result summarise(String target, long[] nanos, int errors) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return new Result(
        target,
        sorted.length,
        errors,
        percentile(sorted, 50),
        percentile(sorted, 90),
        percentile(sorted, 99));
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
