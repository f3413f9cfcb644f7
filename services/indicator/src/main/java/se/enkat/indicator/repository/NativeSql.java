package se.enkat.indicator.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Runs SQL in the caller's Hibernate Reactive session, so that it shares the transaction of the
 * outbox and the processed-event record. JSON input is bound as text and cast in SQL: bound as
 * jsonb directly, the driver would store a Java string as a JSON string.
 */
@ApplicationScoped
public class NativeSql {

  /** Executes an insert, update or delete; emits the number of rows it touched. */
  public Uni<Integer> update(String sql, Object... parameters) {
    return Panache.getSession()
        .chain(session -> bind(session.<Object>createNativeQuery(sql), parameters).executeUpdate());
  }

  /** Executes a statement that returns rows (a select, or anything with {@code returning}). */
  public Uni<List<Object[]>> rows(String sql, Object... parameters) {
    return Panache.getSession()
        .chain(
            session ->
                bind(session.createNativeQuery(sql, Object[].class), parameters).getResultList());
  }

  private static <T> Mutiny.SelectionQuery<T> bind(
      Mutiny.SelectionQuery<T> query, Object... parameters) {
    for (int i = 0; i < parameters.length; i++) {
      query.setParameter(i + 1, parameters[i]);
    }
    return query;
  }

  private static <T> Mutiny.Query<T> bind(Mutiny.Query<T> query, Object... parameters) {
    for (int i = 0; i < parameters.length; i++) {
      query.setParameter(i + 1, parameters[i]);
    }
    return query;
  }
}
