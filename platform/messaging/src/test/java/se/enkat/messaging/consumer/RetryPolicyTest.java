package se.enkat.messaging.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.mutiny.Uni;
import io.vertx.core.impl.NoStackTraceThrowable;
import io.vertx.pgclient.PgException;
import java.io.IOException;
import java.net.ConnectException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import se.enkat.messaging.PoisonMessageException;

class RetryPolicyTest {

  private static final RetryPolicy.Settings FAST =
      new RetryPolicy.Settings(Duration.ofMillis(1), Duration.ofMillis(5), 3);

  private final AtomicBoolean databaseAnswers = new AtomicBoolean(true);
  private final AtomicBoolean shuttingDown = new AtomicBoolean();
  private final ConsumerHealth health = new ConsumerHealth(Clock.systemUTC());
  private final RetryPolicy policy =
      new RetryPolicy(
          FAST, () -> Uni.createFrom().item(databaseAnswers.get()), shuttingDown::get, health);

  @Test
  void aClosedPoolIsRetriedUntilItWorksNeverDeadLettered() {
    assertRetriedThrough(() -> new NoStackTraceThrowable("Pool closed"));
  }

  @Test
  void refusedAndResetConnectionsAreRetried() {
    assertRetriedThrough(() -> new ConnectException("Connection refused"));
    assertRetriedThrough(() -> new IOException("Connection reset by peer"));
    assertRetriedThrough(() -> new IllegalStateException("Client is closed"));
  }

  @Test
  void aDatabaseShuttingDownOrRestartingIsRetried() {
    assertRetriedThrough(
        () ->
            new PgException(
                "terminating connection due to administrator command", "FATAL", "57P01", null));
    assertRetriedThrough(
        () -> new PgException("the database system is starting up", "FATAL", "57P03", null));
  }

  @Test
  void anUnrecognisedFailureIsPoisonAfterTheAllowedAttemptsWhileTheDatabaseAnswers() {
    AtomicInteger calls = new AtomicInteger();
    Uni<String> run =
        policy.run(
            "test",
            "record",
            () -> {
              calls.incrementAndGet();
              return Uni.createFrom().failure(new IllegalArgumentException("no such revision"));
            });

    assertThatThrownBy(() -> run.await().atMost(Duration.ofSeconds(5)))
        .isInstanceOf(PoisonMessageException.class)
        .hasMessageContaining("failed 3 times: no such revision");
    assertThat(calls).hasValue(3);
  }

  @Test
  void anUnrecognisedFailureWhileTheDatabaseDoesNotAnswerIsRetriedNotPoison() {
    databaseAnswers.set(false);
    AtomicInteger calls = new AtomicInteger();
    Uni<String> run =
        policy.run(
            "test",
            "record",
            () -> {
              if (calls.incrementAndGet() == 8) {
                return Uni.createFrom().item("applied");
              }
              return Uni.createFrom().failure(new IllegalStateException("HR000068: odd"));
            });

    assertThat(run.await().atMost(Duration.ofSeconds(5))).isEqualTo("applied");
    assertThat(calls).hasValue(8);
  }

  @Test
  void whileTheServiceShutsDownNothingIsDeadLetteredTheRecordIsAbandoned() {
    shuttingDown.set(true);
    AtomicInteger calls = new AtomicInteger();
    Uni<String> run =
        policy.run(
            "test",
            "record",
            () -> {
              calls.incrementAndGet();
              return Uni.createFrom().failure(new IllegalArgumentException("anything at all"));
            });

    // Neither an item nor a failure: the offset is never committed, the record comes again.
    assertThatThrownBy(() -> run.await().atMost(Duration.ofMillis(300)))
        .isInstanceOf(io.smallrye.mutiny.TimeoutException.class);
    assertThat(calls).hasValueGreaterThan(3);
  }

  @Test
  void aPoisonMessageFailsAtOnce() {
    AtomicInteger calls = new AtomicInteger();
    Uni<String> run =
        policy.run(
            "test",
            "record",
            () -> {
              calls.incrementAndGet();
              throw new PoisonMessageException("data is not JSON");
            });

    assertThatThrownBy(() -> run.await().atMost(Duration.ofSeconds(5)))
        .isInstanceOf(PoisonMessageException.class)
        .hasMessage("data is not JSON");
    assertThat(calls).hasValue(1);
  }

  @Test
  void aFailingConsumerIsReportedAndClearedWhenItRecovers() {
    AtomicInteger calls = new AtomicInteger();
    Uni<String> run =
        policy.run(
            "validation.submissions",
            "record",
            () -> {
              if (calls.incrementAndGet() < 3) {
                assertThat(
                        calls.get() == 1 || health.failing().containsKey("validation.submissions"))
                    .isTrue();
                return Uni.createFrom().failure(new NoStackTraceThrowable("Pool closed"));
              }
              assertThat(health.stuck(Duration.ZERO)).containsKey("validation.submissions");
              return Uni.createFrom().item("applied");
            });

    assertThat(run.await().atMost(Duration.ofSeconds(5))).isEqualTo("applied");
    assertThat(health.failing()).isEmpty();
  }

  private void assertRetriedThrough(Supplier<Throwable> failure) {
    AtomicInteger calls = new AtomicInteger();
    // Far more failures than the allowed unexpected attempts: a transient one never counts.
    Uni<String> run =
        policy.run(
            "test",
            "record",
            () ->
                calls.incrementAndGet() <= 10
                    ? Uni.createFrom().failure(failure.get())
                    : Uni.createFrom().item("applied"));

    assertThat(run.await().atMost(Duration.ofSeconds(10))).isEqualTo("applied");
    assertThat(calls).hasValue(11);
  }
}
