package se.enkat.publication.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * The load driver of {@link PublicationBenchmarkTest}, run in its own JVM so that its threads and
 * garbage are not the service's. Open loop: request i is due at start + i / rate whatever happened
 * to earlier ones, and its latency counts from that due time, so a stalled service (or a stalled
 * driver) shows up as latency instead of as fewer requests (no coordinated omission). The test runs
 * it with the no-op Epsilon collector, so the driver itself never pauses for GC.
 *
 * <p>Arguments: base URL, round, requests per second, warm-up seconds, measured seconds, number of
 * indicators, and the queries: {@code filtered} (a random indicator, nationally or in a random
 * county: a dashboard's queries) or {@code national-page} (every indicator at national level, what
 * the public national page asks for: half of them pinned to version 1 with {@code release=1}, half
 * for the latest version). Prints one {@code RESULT} line and the due times of the slowest
 * requests.
 */
public final class ValueLoadDriver {

  private ValueLoadDriver() {}

  public static void main(String[] args) throws Exception {
    String base = args[0];
    String round = args[1];
    int rate = Integer.parseInt(args[2]);
    int warmup = Integer.parseInt(args[3]);
    int seconds = Integer.parseInt(args[4]);
    int indicators = Integer.parseInt(args[5]);
    boolean nationalPage = args.length > 6 && args[6].equals("national-page");
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    run(http, base, round, rate, warmup, indicators, nationalPage, false);
    run(http, base, round, rate, seconds, indicators, nationalPage, true);
  }

  private static void run(
      HttpClient http,
      String base,
      String round,
      int rate,
      int seconds,
      int indicators,
      boolean nationalPage,
      boolean report)
      throws Exception {
    int count = rate * seconds;
    long interval = 1_000_000_000L / rate;
    long[] latencies = new long[count];
    AtomicInteger failures = new AtomicInteger();
    CompletableFuture<?>[] calls = new CompletableFuture<?>[count];
    Random random = new Random(42);
    long start = System.nanoTime();
    for (int i = 0; i < count; i++) {
      long due = start + i * interval;
      for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
        LockSupport.parkNanos(wait);
      }
      String indicator = "q" + (1 + random.nextInt(indicators));
      String query;
      if (nationalPage) {
        query = random.nextBoolean() ? "level=national&release=1" : "level=national";
      } else {
        query =
            random.nextBoolean()
                ? "indicator=" + indicator + "&level=national"
                : "indicator=%s&level=county&county=%02d"
                    .formatted(indicator, 1 + random.nextInt(21));
      }
      HttpRequest request =
          HttpRequest.newBuilder(
                  URI.create(base + "api/v1/published/rounds/" + round + "/values?" + query))
              .timeout(Duration.ofSeconds(30))
              .build();
      int index = i;
      calls[i] =
          http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
              .handle(
                  (response, failure) -> {
                    latencies[index] = System.nanoTime() - due;
                    if (failure != null || response.statusCode() != 200) {
                      failures.incrementAndGet();
                    }
                    return null; // keep no response: the driver's heap stays small
                  });
    }
    CompletableFuture.allOf(calls).exceptionally(failure -> null).join();
    if (!report) {
      return;
    }
    long[] sorted = latencies.clone();
    Arrays.sort(sorted);
    System.out.printf(
        "RESULT %s: requests %d at %d/s, failures %d: p50 %.1f ms, p90 %.1f ms, p99 %.1f ms,"
            + " p99.9 %.1f ms, max %.1f ms%n",
        nationalPage ? "national page" : "filtered",
        count,
        rate,
        failures.get(),
        percentile(sorted, 50),
        percentile(sorted, 90),
        percentile(sorted, 99),
        percentile(sorted, 99.9),
        sorted[count - 1] / 1e6);
    // When the slowest requests were due (ms into the measured run): clustered times point at a
    // pause (GC, another process), scattered ones at the request path itself.
    Integer[] order = new Integer[count];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, (a, b) -> Long.compare(latencies[b], latencies[a]));
    StringBuilder slowest = new StringBuilder("SLOWEST (due ms: latency ms)");
    for (int k = 0; k < Math.min(count / 100, 40); k++) {
      int i = order[k];
      slowest.append(String.format(" %d:%.1f", i * interval / 1_000_000, latencies[i] / 1e6));
    }
    System.out.println(slowest);
  }

  private static double percentile(long[] sorted, double p) {
    int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, index)] / 1e6;
  }
}
