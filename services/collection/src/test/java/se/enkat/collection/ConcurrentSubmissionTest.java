package se.enkat.collection;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Parallel submits of one organisation never collide: distinct revisions, one per key. */
@QuarkusTest
@TestSecurity(user = "admin", roles = "admin")
class ConcurrentSubmissionTest {

  @Inject TestData data;

  @Test
  void parallelSubmitsWithDistinctKeysGetDistinctConsecutiveRevisions() throws Exception {
    String round = data.openRound("par", List.of("0180"));
    List<Integer> statuses = inParallel(8, i -> Api.submit(round, "0180", "key-" + i, Api.ANSWERS));
    assertThat(statuses).containsOnly(202);
    assertThat(data.revisions(round)).isEqualTo(8);
    assertThat(
            data.count(
                "select count(distinct revision) from submission_revision"
                    + " where round_id = ? and revision between 1 and 8",
                round))
        .isEqualTo(8);
    assertThat(data.outboxRows(round)).isEqualTo(8);
  }

  @Test
  void parallelRetriesOfOneSubmitStoreItOnce() throws Exception {
    String round = data.openRound("retry", List.of("0180"));
    List<Integer> statuses = inParallel(6, i -> Api.submit(round, "0180", "same", Api.ANSWERS));
    assertThat(statuses).containsOnly(202);
    assertThat(data.revisions(round)).isEqualTo(1);
    assertThat(data.outboxRows(round)).isEqualTo(1);
  }

  private static List<Integer> inParallel(
      int n, java.util.function.IntFunction<io.restassured.response.Response> call)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(n);
    try {
      List<CompletableFuture<Integer>> calls =
          IntStream.range(0, n)
              .mapToObj(i -> CompletableFuture.supplyAsync(() -> call.apply(i).statusCode(), pool))
              .toList();
      return calls.stream().map(CompletableFuture::join).toList();
    } finally {
      pool.shutdownNow();
    }
  }
}
