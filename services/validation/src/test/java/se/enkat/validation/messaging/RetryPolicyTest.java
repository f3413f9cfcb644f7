package se.enkat.validation.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.mutiny.Uni;
import io.vertx.pgclient.PgException;
import java.net.ConnectException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import se.enkat.messaging.PoisonMessageException;

class RetryPolicyTest {

  private final RetryPolicy policy = new RetryPolicy(Duration.ofMillis(1), Duration.ofMillis(5), 3);

  @Test
  void aPoisonMessageFailsAtOnceWithoutRetry() {
    AtomicInteger attempts = new AtomicInteger();

    assertThatThrownBy(
            () ->
                policy
                    .run(
                        () -> {
                          attempts.incrementAndGet();
                          return Uni.createFrom().failure(new PoisonMessageException("bad data"));
                        })
                    .await()
                    .atMost(Duration.ofSeconds(5)))
        .isInstanceOf(PoisonMessageException.class)
        .hasMessage("bad data");
    assertThat(attempts).hasValue(1);
  }

  @Test
  void aDatabaseOutageIsRetriedUntilTheDatabaseIsBack() {
    AtomicInteger attempts = new AtomicInteger();

    String result =
        policy
            .run(
                () ->
                    attempts.incrementAndGet() <= 10
                        ? Uni.createFrom()
                            .failure(new RuntimeException(new ConnectException("refused")))
                        : Uni.createFrom().item("judged"))
            .await()
            .atMost(Duration.ofSeconds(5));

    assertThat(result).isEqualTo("judged");
    assertThat(attempts).hasValue(11);
  }

  @Test
  void aSerializationConflictIsTransient() {
    assertThat(RetryPolicy.isTransient(new PgException("conflict", "ERROR", "40001", null)))
        .isTrue();
    assertThat(RetryPolicy.isTransient(new PgException("syntax", "ERROR", "42601", null)))
        .isFalse();
  }

  @Test
  void anUnexpectedFailureIsRetriedAFewTimesThenDeadLettered() {
    AtomicInteger attempts = new AtomicInteger();

    assertThatThrownBy(
            () ->
                policy
                    .run(
                        () -> {
                          attempts.incrementAndGet();
                          return Uni.createFrom().failure(new IllegalStateException("bug"));
                        })
                    .await()
                    .atMost(Duration.ofSeconds(5)))
        .isInstanceOf(PoisonMessageException.class)
        .hasMessage("failed 3 times: bug");
    assertThat(attempts).hasValue(3);
  }
}
