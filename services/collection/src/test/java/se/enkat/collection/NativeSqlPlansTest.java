package se.enkat.collection;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.util.function.IntFunction;
import org.assertj.core.api.SoftAssertions;
import org.hibernate.reactive.mutiny.Mutiny;
import org.hibernate.reactive.mutiny.impl.MutinySessionImpl;
import org.hibernate.reactive.session.ReactiveSession;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import se.enkat.messaging.sql.NativeSql;

/**
 * A native statement run again reuses the plan Hibernate made the first time. A plan cache that
 * took a new entry per execution grew to its limit with entries of the same statement, and every
 * lookup then compared against all of them (a tenth of collection's CPU per submission in the
 * profile of issue 19).
 */
@QuarkusTest
class NativeSqlPlansTest {

  private static final int RUNS = 60;

  @Inject Mutiny.SessionFactory sessions;

  @Test
  void aRepeatedSelectReusesItsPlan() throws Throwable {
    assertReused(
        newPlans(
            i ->
                NativeSql.rows("select cast(?1 as int) + 1, 'x'", i)
                    .invoke(rows -> assertThat(rows).singleElement().isEqualTo(row(i + 1, "x")))
                    .replaceWithVoid()));
  }

  @Test
  void aRepeatedSingleValueSelectReusesItsPlan() throws Throwable {
    assertReused(
        newPlans(
            i ->
                NativeSql.single("select cast(?1 as bigint) + 1", Long.class, i)
                    .invoke(value -> assertThat(value).isEqualTo(i + 1L))
                    .replaceWithVoid()));
  }

  @Test
  void aRepeatedFirstRowSelectReusesItsPlan() throws Throwable {
    assertReused(
        newPlans(
            i ->
                NativeSql.first("select now(), cast(?1 as text)", String.valueOf(i))
                    .invoke(row -> assertThat(row[1]).isEqualTo(String.valueOf(i)))
                    .replaceWithVoid()));
  }

  /** Hibernate keeps no plan of an update: running one adds nothing to the plan cache either. */
  @Test
  void aRepeatedUpdateLeavesThePlanCacheAsItWas() throws Throwable {
    assertReused(
        newPlans(
            i ->
                NativeSql.update(
                        "delete from processed_event where consumer = ?1", "plans-test-" + i)
                    .invoke(deleted -> assertThat(deleted).isZero())
                    .replaceWithVoid()));
  }

  private static void assertReused(Plans plans) {
    SoftAssertions.assertSoftly(
        soft -> {
          soft.assertThat(plans.made()).as("plans made for %d runs", RUNS).isLessThan(RUNS / 10);
          soft.assertThat(plans.cached())
              .as("plan-cache entries added by %d runs", RUNS)
              .isLessThan(RUNS / 10);
        });
  }

  private static Object[] row(Object... values) {
    return values;
  }

  /** The plans made for, and the plan-cache entries added by, {@link #RUNS} runs. */
  private record Plans(long made, long cached) {}

  private Plans newPlans(IntFunction<Uni<Void>> statement) throws Throwable {
    Statistics statistics = sessions.getStatistics();
    statistics.setStatisticsEnabled(true);
    try {
      long missesBefore = statistics.getQueryPlanCacheMissCount();
      long cachedBefore = cachedPlans();
      for (int i = 0; i < RUNS; i++) {
        int run = i;
        VertxContextSupport.subscribeAndAwait(
            () -> Panache.withTransaction(() -> statement.apply(run)));
      }
      return new Plans(
          statistics.getQueryPlanCacheMissCount() - missesBefore, cachedPlans() - cachedBefore);
    } finally {
      statistics.setStatisticsEnabled(false);
    }
  }

  /** The plans in the session factory's plan cache (shared by HQL and native statements). */
  private static long cachedPlans() throws Throwable {
    return VertxContextSupport.subscribeAndAwait(
        () ->
            Panache.withSession(
                () ->
                    Panache.getSession()
                        .map(
                            session ->
                                ((MutinySessionImpl) session)
                                    .unwrap(ReactiveSession.class)
                                    .getSharedContract()
                                    .getFactory()
                                    .getQueryEngine()
                                    .getInterpretationCache()
                                    .getNumberOfCachedQueryPlans())));
  }
}
