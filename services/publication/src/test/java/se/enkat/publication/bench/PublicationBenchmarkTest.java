package se.enkat.publication.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import se.enkat.testing.LocalStackTestResource;
import se.enkat.testing.TestStack;

/**
 * Acceptance 4 of issue 7, run only with {@code -Denkat.bench=true}: value queries with filters at
 * a fixed 200 requests per second (open loop, latency from the scheduled send time), and an XLSX
 * export of 10,000 respondents × 150 questions while the heap is sampled. Prints its figures; see
 * docs/benchmarks/publication.md.
 */
@QuarkusTest
@QuarkusTestResource(
    value = LocalStackTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "publication"))
@EnabledIfSystemProperty(named = "enkat.bench", matches = "true")
class PublicationBenchmarkTest {

  private static final int QUESTIONS = 150;
  private static final int RESPONDENTS = 10_000;
  private static final int RATE = 200;

  @TestHTTPResource("/")
  URL base;

  @Test
  @TestSecurity(user = "bench", roles = "dashboard")
  void valueQueriesAt200PerSecondAndAStreamedXlsxExport() throws Exception {
    String round = "bench-" + UUID.randomUUID().toString().substring(0, 8);
    long seeding = System.nanoTime();
    seed(round);
    System.out.printf("BENCH seeded in %d ms%n", (System.nanoTime() - seeding) / 1_000_000);
    HttpClient http =
        HttpClient.newBuilder()
            .executor(java.util.concurrent.Executors.newFixedThreadPool(16))
            .build();

    run(http, round, 5); // warm-up
    List<Long> latencies = run(http, round, 20);
    Collections.sort(latencies);
    System.out.printf(
        "BENCH values: %d requests at %d/s: p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n",
        latencies.size(),
        RATE,
        percentile(latencies, 50),
        percentile(latencies, 90),
        percentile(latencies, 99),
        latencies.get(latencies.size() - 1) / 1e6);

    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    System.gc();
    long baseline = memory.getHeapMemoryUsage().getUsed();
    AtomicLong peak = new AtomicLong(baseline);
    Thread sampler =
        new Thread(
            () -> {
              while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                  Thread.sleep(20);
                } catch (InterruptedException e) {
                  return;
                }
              }
            });
    sampler.start();
    long start = System.nanoTime();
    HttpResponse<InputStream> response =
        http.send(
            HttpRequest.newBuilder(uri("api/v1/published/rounds/" + round + "/answers?format=xlsx"))
                .build(),
            HttpResponse.BodyHandlers.ofInputStream());
    long bytes = 0;
    try (InputStream in = response.body()) {
      byte[] buffer = new byte[65536];
      for (int n; (n = in.read(buffer)) > 0; ) {
        bytes += n;
      }
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    sampler.interrupt();
    sampler.join();
    long maxHeap = memory.getHeapMemoryUsage().getMax();
    System.out.printf(
        "BENCH xlsx: %d × %d answers, %d bytes in %d ms; heap used before %d MB, peak %d MB"
            + " (max heap %d MB)%n",
        RESPONDENTS, QUESTIONS, bytes, millis, baseline >> 20, peak.get() >> 20, maxHeap >> 20);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(bytes).isGreaterThan(1_000_000);
  }

  private List<Long> run(HttpClient http, String round, int seconds) throws Exception {
    List<CompletableFuture<Long>> calls = new ArrayList<>();
    long intervalNanos = 1_000_000_000L / RATE;
    long start = System.nanoTime();
    for (int i = 0; i < RATE * seconds; i++) {
      long due = start + i * intervalNanos;
      long wait = due - System.nanoTime();
      if (wait > 0) {
        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
      }
      ThreadLocalRandom random = ThreadLocalRandom.current();
      String query =
          random.nextBoolean()
              ? "indicator=q" + (1 + random.nextInt(QUESTIONS)) + "&level=national"
              : "indicator=q"
                  + (1 + random.nextInt(QUESTIONS))
                  + "&level=county&county="
                  + String.format("%02d", 1 + random.nextInt(21));
      HttpRequest request =
          HttpRequest.newBuilder(uri("api/v1/published/rounds/" + round + "/values?" + query))
              .build();
      calls.add(
          http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
              .thenApply(
                  response -> {
                    if (response.statusCode() != 200) {
                      throw new IllegalStateException("status " + response.statusCode());
                    }
                    return System.nanoTime() - due;
                  }));
    }
    List<Long> latencies = new ArrayList<>();
    for (CompletableFuture<Long> call : calls) {
      latencies.add(call.get());
    }
    return latencies;
  }

  private URI uri(String path) {
    return URI.create(base.toString() + path);
  }

  private static double percentile(List<Long> sorted, int p) {
    int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, index)) / 1e6;
  }

  /** A published release with 150 indicators, their values at every level, 10,000 answer rows. */
  private static void seed(String round) throws Exception {
    TestStack stack = TestStack.get();
    String url = "jdbc:postgresql://" + stack.pgHost() + ":" + stack.pgPort() + "/publication";
    UUID release = UUID.randomUUID();
    try (Connection db = DriverManager.getConnection(url, "publication", "publication")) {
      execute(
          db,
          "insert into release (release_id, round_id, version, status, questionnaire,"
              + " published_at) values (?, ?, 1, 'DRAFT', cast(? as jsonb), now())",
          release,
          round,
          questionnaire());
      execute(
          db,
          "insert into release_indicator (release_id, position, indicator_id, kind, title,"
              + " numerator, denominator, source_questions, categories)"
              + " select ?, q, 'q' || q, 'DEFAULT', jsonb_build_object('sv', 'Fråga ' || q),"
              + " 'answers[''q' || q || '''] == ''yes''', 'has(answers.q' || q || ')',"
              + " '[]', '[]' from generate_series(1, 150) q",
          release);
      execute(
          db,
          "insert into release_value (release_id, indicator, level, type, county, organisation,"
              + " numerator, denominator, percent)"
              + " select ?, 'q' || q, g.level, g.type, g.county, g.org, 7, 9, 77.8"
              + " from generate_series(1, 150) q, ("
              + "  select 'national' as level, t as type, null as county, null as org"
              + "   from unnest(array['REGION', 'MUNICIPALITY']) t"
              + "  union all select 'county', t, lpad(c::text, 2, '0'), null"
              + "   from generate_series(1, 21) c, unnest(array['REGION', 'MUNICIPALITY']) t"
              + "  union all select 'organisation', 'MUNICIPALITY', '01', lpad(o::text, 4, '0')"
              + "   from generate_series(1, 311) o) g",
          release);
      execute(
          db,
          "insert into release_answer (release_id, organisation, name, type, county, revision,"
              + " answers, comments)"
              + " select ?, lpad(o::text, 5, '0'), 'Organisation ' || o, 'MUNICIPALITY',"
              + " lpad((o % 21 + 1)::text, 2, '0'), 1,"
              + " (select jsonb_object_agg('q' || q, case when (o + q) % 3 = 0 then 'no' else"
              + " 'yes' end) from generate_series(1, 150) q),"
              + " jsonb_build_object('q1', 'Kommentar, \"citat\" å ä ö ' || o)"
              + " from generate_series(1, 10000) o",
          release);
      execute(db, "update release set status = 'PUBLISHED' where release_id = ?", release);
      execute(db, "analyze release_value");
    }
  }

  private static String questionnaire() {
    ObjectMapper json = new ObjectMapper();
    ObjectNode q = json.createObjectNode().put("id", "bench").put("version", 1);
    ArrayNode questions = q.putArray("sections").addObject().put("id", "s").putArray("questions");
    for (int i = 1; i <= QUESTIONS; i++) {
      questions.addObject().put("id", "q" + i).put("type", "yes_no");
    }
    return q.toString();
  }

  private static void execute(Connection db, String sql, Object... params) throws Exception {
    try (PreparedStatement statement = db.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        statement.setObject(i + 1, params[i]);
      }
      statement.execute();
    }
  }
}
