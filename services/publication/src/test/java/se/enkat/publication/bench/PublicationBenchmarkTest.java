package se.enkat.publication.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.management.GarbageCollectionNotificationInfo;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import se.enkat.testing.TestStack;

/**
 * Acceptance 4 of issue 7 and 5 of issue 17, run only with {@code -Denkat.bench=true}: the public
 * national page's value query, then value queries with filters, each at a fixed 500 requests per
 * second ({@code -Denkat.bench.rate}) (open loop, latency from the scheduled send time, driven from
 * a separate JVM), and XLSX exports of 2,500 and 10,000 respondents × 150 questions with the live
 * heap measured during each. Prints its figures; see docs/benchmarks/publication.md.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "enkat.bench", matches = "true")
class PublicationBenchmarkTest {

  private static final int QUESTIONS = 150;

  /** Acceptance 5 of issue 17: the national page's query at 500/s (issue 7 asked 200/s). */
  private static final int RATE = Integer.getInteger("enkat.bench.rate", 500);

  private static final int WARM_UP_SECONDS = 30;
  private static final int MEASURED_SECONDS = 20;
  private static final int SMALL = 2_500;
  private static final int LARGE = 10_000;

  @TestHTTPResource("/")
  URL base;

  @Test
  @TestSecurity(user = "bench", roles = "dashboard")
  void valueQueriesAt500PerSecondAndAStreamedXlsxExport() throws Exception {
    String round = "bench-" + UUID.randomUUID().toString().substring(0, 8);
    String small = round + "-small";
    long seeding = System.nanoTime();
    seed(round, LARGE, true);
    seed(small, SMALL, false);
    System.out.printf("BENCH seeded in %d ms%n", (System.nanoTime() - seeding) / 1_000_000);

    String page = driveValueQueries(round, "national-page");
    assertThat(page).as("the load driver's result").contains("failures 0:");
    String result = driveValueQueries(round, "filtered");
    assertThat(result).as("the load driver's result").contains("failures 0:");

    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    LiveHeap smallHeap = exportXlsx(http, small, SMALL);
    LiveHeap largeHeap = exportXlsx(http, round, LARGE);
    // Held rows would cost far more: 7,500 extra rows of 150 cells are tens of MB of objects.
    assertThat(largeHeap.growthMb())
        .as("live heap growth of the 10,000-row export against the 2,500-row one")
        .isLessThan(smallHeap.growthMb() + 8);
  }

  /**
   * Runs {@link ValueLoadDriver} in a JVM of its own (the service keeps this one to itself), with
   * the test's identity (TestSecurity covers every request the service gets during the test).
   */
  private String driveValueQueries(String round, String queries) throws Exception {
    Path classes = Path.of("target", "test-classes");
    assertThat(classes.resolve("se/enkat/publication/bench/ValueLoadDriver.class")).exists();
    List<String> command =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            // No GC pauses in the measuring instrument: it allocates ~200 MB in the filtered run
            // and over 1 GB in the national page's (25,000 answers of ~45 KB), so 4 GB.
            "-XX:+UnlockExperimentalVMOptions",
            "-XX:+UseEpsilonGC",
            "-Xms4g",
            "-Xmx4g",
            "-XX:+AlwaysPreTouch",
            "-cp",
            classes.toString(),
            ValueLoadDriver.class.getName(),
            base.toString(),
            round,
            String.valueOf(RATE),
            String.valueOf(WARM_UP_SECONDS),
            String.valueOf(MEASURED_SECONDS),
            String.valueOf(QUESTIONS),
            queries);
    Process driver = new ProcessBuilder(command).redirectErrorStream(true).start();
    String result = "";
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(driver.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = out.readLine()) != null; ) {
        System.out.println("BENCH values: " + line);
        if (line.startsWith("RESULT")) {
          result = line;
        }
      }
    }
    assertThat(driver.waitFor()).as("the load driver's exit code").isZero();
    return result;
  }

  /** Live heap (heap used after a full GC) before and during one export, in bytes. */
  private record LiveHeap(long before, long maxDuring, int fullGcs) {
    long growthMb() {
      return (maxDuring - before) >> 20;
    }
  }

  /**
   * Exports the round's answers as XLSX twice: once timed, once while another thread forces a full
   * GC every 50 ms. The heap used at the end of each full GC (from the JVM's GC notifications, so
   * no allocation sneaks in between) is the live data; its maximum during the export, against the
   * one just before, is what the export holds.
   */
  private LiveHeap exportXlsx(HttpClient http, String round, int respondents) throws Exception {
    long start = System.nanoTime();
    long bytes = download(http, round);
    long millis = (System.nanoTime() - start) / 1_000_000;

    try (FullGcLog gcs = new FullGcLog()) {
      long before = gcs.collect();
      AtomicBoolean exporting = new AtomicBoolean(true);
      Thread sampler =
          new Thread(
              () -> {
                while (exporting.get()) {
                  System.gc();
                  try {
                    Thread.sleep(50);
                  } catch (InterruptedException e) {
                    return;
                  }
                }
              });
      sampler.start();
      long sampledBytes;
      try {
        sampledBytes = download(http, round);
      } finally {
        exporting.set(false);
        sampler.join();
      }
      List<Long> during = gcs.drain();
      long after = gcs.collect();
      LiveHeap heap =
          new LiveHeap(before, during.stream().mapToLong(x -> x).max().orElse(0), during.size());
      System.out.printf(
          "BENCH xlsx: %d × %d answers, %d bytes in %d ms; live heap (after full GC) before %.1f"
              + " MB, max during %.1f MB (+%.1f MB, %d full GCs), after %.1f MB (max heap %d MB)%n",
          respondents,
          QUESTIONS,
          bytes,
          millis,
          before / 1048576.0,
          heap.maxDuring() / 1048576.0,
          (heap.maxDuring() - before) / 1048576.0,
          heap.fullGcs(),
          after / 1048576.0,
          ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax() >> 20);
      // The same workbook both times (only its timestamps may differ by a byte of compression).
      assertThat(sampledBytes).isCloseTo(bytes, within(1024L));
      assertThat(heap.fullGcs()).as("full GCs during the export").isGreaterThanOrEqualTo(3);
      assertThat(bytes).isGreaterThan(respondents * 100L);
      return heap;
    }
  }

  /** The heap used at the end of every full GC, as the JVM notifies it. */
  private static final class FullGcLog implements NotificationListener, AutoCloseable {

    private final Set<String> heapPools =
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP)
            .map(MemoryPoolMXBean::getName)
            .collect(Collectors.toSet());
    private final BlockingQueue<Long> liveAfterFullGc = new LinkedBlockingQueue<>();
    private final List<NotificationEmitter> emitters = new ArrayList<>();

    FullGcLog() {
      for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
        if (gc instanceof NotificationEmitter emitter) {
          emitter.addNotificationListener(this, null, null);
          emitters.add(emitter);
        }
      }
    }

    @Override
    public void handleNotification(Notification notification, Object handback) {
      if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(
          notification.getType())) {
        return;
      }
      GarbageCollectionNotificationInfo info =
          GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
      if (!"end of major GC".equals(info.getGcAction())) {
        return;
      }
      long used = 0;
      for (Map.Entry<String, MemoryUsage> pool :
          info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
        if (heapPools.contains(pool.getKey())) {
          used += pool.getValue().getUsed();
        }
      }
      liveAfterFullGc.add(used);
    }

    /** Runs one full GC now and returns the live heap it left. */
    long collect() throws InterruptedException {
      drain();
      System.gc();
      Long live = liveAfterFullGc.poll(10, TimeUnit.SECONDS);
      assertThat(live).as("a full GC notification").isNotNull();
      return live;
    }

    /** The live heaps of the full GCs notified so far (waiting a moment for late ones). */
    List<Long> drain() throws InterruptedException {
      Thread.sleep(500);
      List<Long> drained = new ArrayList<>();
      liveAfterFullGc.drainTo(drained);
      return drained;
    }

    @Override
    public void close() throws Exception {
      for (NotificationEmitter emitter : emitters) {
        emitter.removeNotificationListener(this);
      }
    }
  }

  private long download(HttpClient http, String round) throws Exception {
    HttpResponse<InputStream> response =
        http.send(
            HttpRequest.newBuilder(
                    URI.create(base + "api/v1/published/rounds/" + round + "/answers?format=xlsx"))
                .build(),
            HttpResponse.BodyHandlers.ofInputStream());
    long bytes = 0;
    try (InputStream in = response.body()) {
      byte[] buffer = new byte[65536];
      for (int n; (n = in.read(buffer)) > 0; ) {
        bytes += n;
      }
    }
    assertThat(response.statusCode()).isEqualTo(200);
    return bytes;
  }

  /**
   * A published release with 150 indicators, their values at every level (when asked for), and one
   * answer row of 150 answers and a comment per respondent.
   */
  private static void seed(String round, int respondents, boolean values) throws Exception {
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
      if (values) {
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
      }
      execute(
          db,
          "insert into release_answer (release_id, organisation, name, type, county, revision,"
              + " answers, comments)"
              + " select ?, lpad(o::text, 5, '0'), 'Organisation ' || o, 'MUNICIPALITY',"
              + " lpad((o % 21 + 1)::text, 2, '0'), 1,"
              + " (select jsonb_object_agg('q' || q, case when (o + q) % 3 = 0 then 'no' else"
              + " 'yes' end) from generate_series(1, 150) q),"
              + " jsonb_build_object('q1', 'Kommentar, \"citat\" å ä ö ' || o)"
              + " from generate_series(1, ?) o",
          release,
          respondents);
      // Published as the service publishes (V2__publication_feed.sql: a published release has the
      // next publication number).
      execute(
          db,
          "update release set status = 'PUBLISHED', publication_seq = (select coalesce("
              + "max(publication_seq), 0) + 1 from release) where release_id = ?",
          release);
      execute(db, "analyze release_value");
      execute(db, "analyze release_answer");
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
