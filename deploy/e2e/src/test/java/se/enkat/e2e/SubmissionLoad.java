package se.enkat.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import se.enkat.demo.Api;
import se.enkat.demo.Tokens;

/**
 * Respondents submitting steadily through the gateway with their own real tokens: 80 % valid answer
 * sets, 10 % invalid ones (to be rejected), 10 % replays of their last submission under the same
 * {@code Idempotency-Key}. A 5xx or a dropped connection is retried with the same key until it is
 * acknowledged, as a careful client does; every 202 goes into the {@link CampaignLedger}.
 */
final class SubmissionLoad {

  /** A 5xx answer or a dropped connection, and when. */
  record Failure(Instant at, String what) {}

  private static final Duration TOKEN_LIFE = Duration.ofMinutes(4);
  private static final Duration GIVE_UP = Duration.ofMinutes(6);

  private final E2eHttp http;
  private final Tokens tokens;
  private final String round;
  private final Map<String, List<JsonNode>> validAnswers;
  private final CampaignLedger ledger;
  private final int threads;
  private final long pauseMillis;
  private final Map<String, String[]> kept = new ConcurrentHashMap<>();
  private final List<Failure> failures = new CopyOnWriteArrayList<>();
  private final List<String> unexpected = new CopyOnWriteArrayList<>();
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicLong sequence = new AtomicLong();
  private final List<Thread> workers = new ArrayList<>();
  private volatile boolean paused;
  private volatile boolean stopped;

  SubmissionLoad(
      E2eHttp http,
      Tokens tokens,
      String round,
      Map<String, List<JsonNode>> validAnswers,
      CampaignLedger ledger,
      int threads,
      double perSecond) {
    this.http = http;
    this.tokens = tokens;
    this.round = round;
    this.validAnswers = validAnswers;
    this.ledger = ledger;
    this.threads = threads;
    this.pauseMillis = (long) (1000 * threads / perSecond);
  }

  void start() {
    List<String> organisations = new ArrayList<>(validAnswers.keySet());
    for (int t = 0; t < threads; t++) {
      List<String> mine = new ArrayList<>();
      for (int i = t; i < organisations.size(); i += threads) {
        mine.add(organisations.get(i));
      }
      Random random = new Random(t * 7919L);
      Thread worker = new Thread(() -> run(mine, random), "respondents-" + t);
      worker.setDaemon(true);
      workers.add(worker);
      worker.start();
    }
  }

  /** Returns once no submission is in flight; none starts until {@link #resume()}. */
  void pause() {
    paused = true;
    while (inFlight.get() > 0) {
      E2eHttp.sleep(Duration.ofMillis(50));
    }
  }

  void resume() {
    paused = false;
  }

  /** Stops the respondents after the submissions in hand are acknowledged. */
  void stop() throws InterruptedException {
    stopped = true;
    for (Thread worker : workers) {
      worker.join(GIVE_UP.toMillis() + 60_000);
    }
  }

  List<Failure> failures() {
    return List.copyOf(failures);
  }

  /** Answers a respondent would call wrong (anything but 202, 429, 401 or a 5xx). */
  List<String> unexpected() {
    return List.copyOf(unexpected);
  }

  private void run(List<String> organisations, Random random) {
    while (!stopped) {
      for (String organisation : organisations) {
        while (paused && !stopped) {
          E2eHttp.sleep(Duration.ofMillis(50));
        }
        if (stopped) {
          return;
        }
        inFlight.incrementAndGet();
        try {
          if (!paused) {
            act(organisation, random);
          }
        } catch (RuntimeException e) {
          unexpected.add(organisation + ": " + e);
        } finally {
          inFlight.decrementAndGet();
        }
        E2eHttp.sleep(Duration.ofMillis(pauseMillis));
      }
    }
  }

  private void act(String organisation, Random random) {
    double roll = random.nextDouble();
    CampaignLedger.Entry last = ledger.last(organisation);
    if (roll < 0.1 && last != null) {
      CampaignLedger.Entry again =
          submit(organisation, last.key(), last.answers(), last.comments(), last.valid(), true);
      if (again != null && again.revision() != last.revision()) {
        unexpected.add(
            organisation
                + ": replay of "
                + last.key()
                + " answered revision "
                + again.revision()
                + ", the first answer was "
                + last.revision());
      }
      return;
    }
    List<JsonNode> variants = validAnswers.get(organisation);
    JsonNode answers = variants.get(random.nextInt(variants.size())).deepCopy();
    boolean valid = roll >= 0.2;
    if (!valid) {
      ((ObjectNode) answers).put("plan.exists", "perhaps"); // not a choice: rejected
    }
    ObjectNode comments = Api.JSON.createObjectNode();
    comments.put("plan.exists", "campaign " + sequence.incrementAndGet());
    String key = round + "/" + organisation + "/" + UUID.randomUUID();
    submit(organisation, key, answers, comments, valid, false);
  }

  private CampaignLedger.Entry submit(
      String organisation,
      String key,
      JsonNode answers,
      JsonNode comments,
      boolean valid,
      boolean replay) {
    ObjectNode body = Api.JSON.createObjectNode();
    body.set("answers", answers);
    body.set("comments", comments);
    String text = body.toString();
    long deadline = System.nanoTime() + GIVE_UP.toNanos();
    long backoff = 200;
    while (System.nanoTime() < deadline) {
      HttpResponse<String> response;
      try {
        response =
            http.submit(
                round,
                organisation,
                token(organisation),
                key,
                text.getBytes(StandardCharsets.UTF_8));
      } catch (IOException e) {
        failures.add(new Failure(Instant.now(), "dropped (" + e.getClass().getSimpleName() + ")"));
        E2eHttp.sleep(Duration.ofMillis(backoff));
        backoff = Math.min(3000, backoff * 2);
        continue;
      }
      int status = response.statusCode();
      if (status == 202) {
        int revision = E2eHttp.number(response.body(), "revision").intValue();
        CampaignLedger.Entry entry =
            new CampaignLedger.Entry(
                organisation, key, answers, comments, valid, revision, replay, Instant.now());
        ledger.add(entry);
        return entry;
      }
      if (status >= 500) {
        failures.add(new Failure(Instant.now(), "HTTP " + status));
      } else if (status == 401) {
        kept.remove(organisation);
      } else if (status != 429) {
        unexpected.add(
            organisation + " " + key + ": " + status + " " + Api.abbreviated(response.body()));
        return null;
      }
      E2eHttp.sleep(Duration.ofMillis(status == 429 ? 1000 : backoff));
      backoff = Math.min(3000, backoff * 2);
    }
    unexpected.add(organisation + " " + key + ": not acknowledged within " + GIVE_UP);
    return null;
  }

  private String token(String organisation) {
    String[] token = kept.get(organisation);
    long now = System.currentTimeMillis();
    if (token == null || now - Long.parseLong(token[1]) > TOKEN_LIFE.toMillis()) {
      token =
          new String[] {
            tokens.user("resp-" + organisation, Tokens.DEMO_PASSWORD), String.valueOf(now)
          };
      kept.put(organisation, token);
    }
    return token[0];
  }
}
