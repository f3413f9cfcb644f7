package se.enkat.messaging.sql;

import jakarta.persistence.Tuple;
import java.util.function.Function;
import java.util.function.Supplier;
import org.hibernate.LockMode;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.query.hql.HqlTranslator;
import org.hibernate.query.spi.HqlInterpretation;
import org.hibernate.query.spi.NonSelectQueryPlan;
import org.hibernate.query.spi.QueryInterpretationCache;
import org.hibernate.query.spi.SelectQueryPlan;
import org.hibernate.query.sql.spi.ParameterInterpretation;
import org.hibernate.query.sql.spi.SelectInterpretationsKey;
import org.hibernate.reactive.mutiny.Mutiny;
import org.hibernate.reactive.mutiny.impl.MutinyQueryImpl;
import org.hibernate.reactive.mutiny.impl.MutinySessionFactoryImpl;
import org.hibernate.reactive.mutiny.impl.MutinySessionImpl;
import org.hibernate.reactive.query.sql.internal.ReactiveNativeQueryImpl;
import org.hibernate.reactive.session.ReactiveSession;

/**
 * Native selects whose plan Hibernate finds again in its plan cache on the next execution.
 *
 * <p>Hibernate keys a native select's plan by its SQL and its result-set mapping, and Hibernate
 * Reactive 3.2.5 (with ORM 7.2.6) makes that key unequal for every new query object: it wraps each
 * query's mapping in a {@code ReactiveResultSetMapping} that has no {@code equals} (identity), and
 * for a result class ORM's {@code ImplicitResultClassBuilder} has none either. Every execution
 * therefore missed, planned anew and added one more entry with the same hash (the key hashes the
 * SQL alone) to the shared plan cache, where each lookup then compared against all of them and HQL
 * plans were pushed out. The queries made here are built exactly as the session's {@code
 * createNativeQuery} builds them, so their mapping follows from the SQL and the result class alone:
 * they key their plan by those two (and the parameter start position), in the same bounded cache.
 */
final class NativePlans {

  private NativePlans() {}

  /**
   * A native select in {@code session} whose plan is reused; {@code Object.class} for rows of any
   * width. The session's own query (planned anew each time) where this cannot be built: a session
   * that is not Hibernate Reactive's own, or tuples.
   */
  static <R> Mutiny.SelectionQuery<R> select(
      Mutiny.Session session, String sql, Class<R> resultType) {
    if (!(session instanceof MutinySessionImpl mutiny)
        || !(session.getFactory() instanceof MutinySessionFactoryImpl factory)
        || resultType == Tuple.class) {
      return session.createNativeQuery(sql, resultType);
    }
    SharedSessionContractImplementor reactive =
        mutiny.unwrap(ReactiveSession.class).getSharedContract();
    reactive.checkOpen();
    return new MutinyQueryImpl<>(new PlannedQuery<>(sql, resultType, reactive), factory);
  }

  /**
   * Hibernate Reactive's native query, made as {@code
   * ReactiveSessionImpl.createReactiveNativeQuery} makes it (less the session-wide lock and timeout
   * hints, which no service sets), that looks its select plan up under a key that compares equal.
   */
  private static final class PlannedQuery<R> extends ReactiveNativeQueryImpl<R> {

    private final Class<?> resultType;

    PlannedQuery(String sql, Class<R> resultType, SharedSessionContractImplementor session) {
      super(sql, session);
      this.resultType = resultType;
      setComment("dynamic native SQL query");
      if (resultType == Object.class || resultType == Object[].class) {
        return;
      }
      if (session.getFactory().getMappingMetamodel().isEntityClass(resultType)) {
        addEntity("alias1", resultType.getName(), LockMode.READ);
      } else {
        addResultTypeClass(resultType);
      }
    }

    @Override
    protected QueryInterpretationCache getInterpretationCache() {
      return new KeyedCache(super.getInterpretationCache(), resultType);
    }
  }

  /** What a plan of a query made here depends on. */
  private record PlanKey(String sql, Class<?> resultType, int startPosition)
      implements QueryInterpretationCache.Key {

    @Override
    public String getQueryString() {
      return sql;
    }
  }

  /** The session factory's plan cache, with a native select's key replaced by a {@link PlanKey}. */
  private record KeyedCache(QueryInterpretationCache cache, Class<?> resultType)
      implements QueryInterpretationCache {

    @Override
    public <K extends Key, R> SelectQueryPlan<R> resolveSelectQueryPlan(
        K key, Function<K, SelectQueryPlan<R>> creator) {
      if (key instanceof SelectInterpretationsKey select) {
        return cache.resolveSelectQueryPlan(
            new PlanKey(select.getQueryString(), resultType, select.getStartPosition()),
            planKey -> creator.apply(key));
      }
      return cache.resolveSelectQueryPlan(key, creator);
    }

    @Override
    public <R> SelectQueryPlan<R> resolveSelectQueryPlan(
        Key key, Supplier<SelectQueryPlan<R>> creator) {
      return resolveSelectQueryPlan(key, k -> creator.get());
    }

    @Override
    public int getNumberOfCachedHqlInterpretations() {
      return cache.getNumberOfCachedHqlInterpretations();
    }

    @Override
    public int getNumberOfCachedQueryPlans() {
      return cache.getNumberOfCachedQueryPlans();
    }

    @Override
    public <R> HqlInterpretation<R> resolveHqlInterpretation(
        String queryString, Class<R> expectedResultType, HqlTranslator translator) {
      return cache.resolveHqlInterpretation(queryString, expectedResultType, translator);
    }

    @Override
    public <R> void cacheHqlInterpretation(Object cacheKey, HqlInterpretation<R> interpretation) {
      cache.cacheHqlInterpretation(cacheKey, interpretation);
    }

    @Override
    public NonSelectQueryPlan getNonSelectQueryPlan(Key key) {
      return cache.getNonSelectQueryPlan(key);
    }

    @Override
    public void cacheNonSelectQueryPlan(Key key, NonSelectQueryPlan plan) {
      cache.cacheNonSelectQueryPlan(key, plan);
    }

    @Override
    public ParameterInterpretation resolveNativeQueryParameters(
        String queryString, Function<String, ParameterInterpretation> creator) {
      return cache.resolveNativeQueryParameters(queryString, creator);
    }

    @Override
    public boolean isEnabled() {
      return cache.isEnabled();
    }

    @Override
    public void close() {
      cache.close();
    }
  }
}
