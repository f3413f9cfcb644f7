package se.enkat.demo;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.file.FileSystemOptions;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.RequestOptions;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * The load generator's HTTP side: POSTs submissions with the Vert.x core client on one event loop
 * over a bounded pool of HTTP/1.1 keep-alive connections, because its CPU counts against the stack
 * on the same cores (java.net.http took 0.7–0.8 ms per request). What does not change between a
 * respondent's requests is built once per respondent.
 *
 * <p>The pool ({@code ENKAT_LOAD_CONNECTIONS}, default 512) opens connections only as requests
 * overlap, so a healthy stack sees a few; its bound stays above the gateway's admission limit (256
 * in progress per service) so that an overloaded stack still meets more requests than it admits and
 * refuses them with 503, as with java.net.http's unbounded connections, instead of the requests
 * queueing inside this client. Either way a request's latency counts from its due time.
 */
final class SubmissionClient implements AutoCloseable {

  static final int DEFAULT_CONNECTIONS = 512;
  static final long TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(30);

  private static final CharSequence IDEMPOTENCY_KEY =
      HttpHeaders.createOptimized("Idempotency-Key");
  private static final CharSequence JSON = HttpHeaders.createOptimized("application/json");
  private static final byte[] REVISION = "\"revision\"".getBytes(StandardCharsets.US_ASCII);

  /** One respondent's endpoint and headers (its token), built once. */
  static final class Target {
    private final RequestOptions options;

    private Target(RequestOptions options) {
      this.options = options;
    }
  }

  /** Called on the event loop when a request has its answer: -1 for none within 30 s. */
  interface Answer {
    void answered(int status, int revision);
  }

  private final int connections;
  private final Vertx vertx;
  private final Context context;
  private final HttpClient client;

  SubmissionClient(int connections) {
    this.connections = connections;
    this.vertx =
        Vertx.vertx(
            new VertxOptions()
                .setEventLoopPoolSize(1)
                .setWorkerPoolSize(1)
                .setFileSystemOptions(
                    new FileSystemOptions()
                        .setFileCachingEnabled(false)
                        .setClassPathResolvingEnabled(false)));
    this.context = vertx.getOrCreateContext();
    this.client =
        vertx.createHttpClient(
            new HttpClientOptions()
                .setProtocolVersion(HttpVersion.HTTP_1_1)
                .setKeepAlive(true)
                .setPipelining(false)
                .setMaxPoolSize(connections)
                .setConnectTimeout(10_000)
                .setTcpNoDelay(true));
  }

  /** ENKAT_LOAD_CONNECTIONS (or -Denkat.load.connections), else 512. */
  static int configuredConnections() {
    String value = System.getProperty("enkat.load.connections");
    if (value == null || value.isBlank()) {
      value = System.getenv("ENKAT_LOAD_CONNECTIONS");
    }
    if (value == null || value.isBlank()) {
      return DEFAULT_CONNECTIONS;
    }
    try {
      int connections = Integer.parseInt(value.trim());
      if (connections > 0) {
        return connections;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new DemoException("ENKAT_LOAD_CONNECTIONS must be a positive number, not " + value);
  }

  int connections() {
    return connections;
  }

  /** A respondent's submission endpoint ({@code url}) with its bearer token. */
  static Target target(String url, String token) {
    URI uri = URI.create(url);
    RequestOptions options =
        new RequestOptions()
            .setMethod(HttpMethod.POST)
            .setHost(uri.getHost())
            .setPort(uri.getPort() < 0 ? 80 : uri.getPort())
            .setURI(uri.getRawPath())
            // waiting for a pooled connection counts towards the 30 s, as the answer does
            .setConnectTimeout(TimeUnit.NANOSECONDS.toMillis(TIMEOUT_NANOS))
            .setIdleTimeout(TimeUnit.NANOSECONDS.toMillis(TIMEOUT_NANOS))
            .putHeader(HttpHeaders.AUTHORIZATION, HttpHeaders.createOptimized("Bearer " + token))
            .putHeader(HttpHeaders.CONTENT_TYPE, JSON);
    return new Target(options);
  }

  static Buffer body(String json) {
    return Buffer.buffer(json.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Sends one POST from any thread without waiting for it; {@code answer} gets the status and, for
   * a 202, the revision, or -1 when no answer came within 30 s of this call.
   */
  void send(Target target, Buffer body, Answer answer) {
    long sent = System.nanoTime();
    context.runOnContext(v -> request(target, body, answer, sent));
  }

  private void request(Target target, Buffer body, Answer answer, long sent) {
    client
        .request(target.options)
        .onComplete(
            created -> {
              if (created.failed()) {
                answer.answered(-1, 0);
                return;
              }
              created
                  .result()
                  .putHeader(IDEMPOTENCY_KEY, randomUuid())
                  .send(body)
                  .onComplete(
                      response -> {
                        if (response.failed()) {
                          answer.answered(-1, 0);
                          return;
                        }
                        int status = response.result().statusCode();
                        response
                            .result()
                            .body()
                            .onComplete(
                                read -> {
                                  if (read.failed() || System.nanoTime() - sent > TIMEOUT_NANOS) {
                                    answer.answered(-1, 0);
                                  } else {
                                    answer.answered(
                                        status, status == 202 ? revision(read.result()) : 0);
                                  }
                                });
                      });
            });
  }

  /**
   * The number after the {@code "revision"} key of a 202's flat JSON body ({@code {round,
   * organisation, revision, status}}), 0 when there is none (as Jackson's {@code asInt()} gave).
   */
  static int revision(Buffer body) {
    int length = body.length();
    outer:
    for (int at = 0; at <= length - REVISION.length; at++) {
      for (int k = 0; k < REVISION.length; k++) {
        if (body.getByte(at + k) != REVISION[k]) {
          continue outer;
        }
      }
      int i = skipSpaces(body, at + REVISION.length);
      if (i >= length || body.getByte(i) != ':') {
        continue;
      }
      i = skipSpaces(body, i + 1);
      int value = 0;
      int digits = 0;
      while (i < length && body.getByte(i) >= '0' && body.getByte(i) <= '9' && digits < 10) {
        value = value * 10 + (body.getByte(i) - '0');
        i++;
        digits++;
      }
      return value;
    }
    return 0;
  }

  private static int skipSpaces(Buffer body, int i) {
    while (i < body.length()) {
      byte b = body.getByte(i);
      if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
        break;
      }
      i++;
    }
    return i;
  }

  /**
   * A random version 4 UUID from {@link ThreadLocalRandom}: unique enough for an Idempotency-Key
   * and without {@link UUID#randomUUID()}'s shared SecureRandom.
   */
  static String randomUuid() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    long most = (random.nextLong() & ~0xF000L) | 0x4000L;
    long least = (random.nextLong() & ~(0xC000_0000_0000_0000L)) | 0x8000_0000_0000_0000L;
    return new UUID(most, least).toString();
  }

  @Override
  public void close() {
    client.close();
    vertx.close().toCompletionStage().toCompletableFuture().join();
  }
}
