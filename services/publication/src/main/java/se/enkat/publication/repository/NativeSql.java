package se.enkat.publication.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import java.util.List;
import org.hibernate.reactive.mutiny.Mutiny;

/** Native SQL in the caller's Hibernate Reactive session (and so in its transaction). */
final class NativeSql {

  private NativeSql() {}

  static Uni<Integer> execute(String sql, Object... params) {
    return Panache.getSession()
        .chain(session -> bind(session.createNativeQuery(sql), params).executeUpdate());
  }

  /** Rows as arrays, whatever the number of columns. */
  static Uni<List<Object[]>> rows(String sql, Object... params) {
    return Panache.getSession()
        .chain(session -> bind(session.<Object>createNativeQuery(sql), params).getResultList())
        .map(rows -> rows.stream().map(NativeSql::asRow).toList());
  }

  /** The first row, or null. */
  static Uni<Object[]> first(String sql, Object... params) {
    return rows(sql, params).map(rows -> rows.isEmpty() ? null : rows.get(0));
  }

  private static <T> Mutiny.Query<T> bind(Mutiny.Query<T> query, Object[] params) {
    for (int i = 0; i < params.length; i++) {
      query.setParameter(i + 1, params[i]);
    }
    return query;
  }

  private static Object[] asRow(Object row) {
    return row instanceof Object[] array ? array : new Object[] {row};
  }
}
