package se.enkat.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.assertj.core.api.Assertions;
import org.hibernate.reactive.mutiny.Mutiny;
import org.junit.jupiter.api.Test;
import se.enkat.common.problem.Problem;
import se.enkat.common.problem.ProblemMappers;

/**
 * The real PostgreSQL ending a session under a statement (what a shutdown or restart does to every
 * session: SQLSTATE 57P01) reaches the client as 503 with Retry-After, not as a 500: retrying is
 * all the client can do, and it helps.
 */
@QuarkusTest
class DatabaseOutageTest {

  @Inject Mutiny.SessionFactory sessions;
  @Inject Pool pool;

  @Test
  void aSessionTheServerEndsUnderAStatementIsAnsweredWith503AndRetryAfter() throws Exception {
    AtomicInteger backend = new AtomicInteger();
    CompletableFuture<String> sleeping =
        CompletableFuture.supplyAsync(
            () ->
                awaitOnVertx(
                    () ->
                        sessions.withSession(
                            session ->
                                session
                                    .createNativeQuery("select pg_backend_pid()", Integer.class)
                                    .getSingleResult()
                                    .invoke(backend::set)
                                    .chain(
                                        () ->
                                            session
                                                .createNativeQuery(
                                                    "select cast(pg_sleep(60) as text)",
                                                    String.class)
                                                .getSingleResult()))));
    await().atMost(Duration.ofSeconds(20)).until(() -> sleepsIn(backend.get()));

    // what PostgreSQL does to each session when it shuts down ("fast") or restarts
    assertThat(
            pool.preparedQuery("select pg_terminate_backend($1)")
                .execute(Tuple.of(backend.get()))
                .await()
                .atMost(Duration.ofSeconds(10))
                .iterator()
                .next()
                .getBoolean(0))
        .isTrue();
    Throwable failure =
        Assertions.catchThrowableOfType(
                ExecutionException.class, () -> sleeping.get(20, TimeUnit.SECONDS))
            .getCause();

    // how the client reports it varies from run to run (PgException 57P01, ClosedConnection,
    // "Connection reset"): each is answered the same way
    Response answer = new ProblemMappers().unexpected(failure);
    assertThat(answer.getStatus()).isEqualTo(503);
    assertThat(answer.getHeaderString("Retry-After")).isNotBlank();
    assertThat(answer.getMediaType()).hasToString(Problem.MEDIA_TYPE);
    assertThat(((Problem) answer.getEntity()).type()).endsWith("/unavailable");
  }

  private boolean sleepsIn(int pid) {
    return pid != 0
        && pool.preparedQuery(
                    "select count(*) from pg_stat_activity where pid = $1 and state = 'active'"
                        + " and query like 'select cast(pg_sleep%'")
                .execute(Tuple.of(pid))
                .await()
                .atMost(Duration.ofSeconds(10))
                .iterator()
                .next()
                .getLong(0)
            == 1;
  }

  private static <T> T awaitOnVertx(Supplier<Uni<T>> work) {
    try {
      return VertxContextSupport.subscribeAndAwait(work);
    } catch (Throwable e) {
      throw new CompletionException(e);
    }
  }
}
