package se.enkat.messaging.sql;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Native SQL in the caller's Hibernate Reactive session, and so in its transaction (the one of the
 * outbox and the processed-event record). Parameters are bound by position ({@code ?1, ?2, ...}).
 * JSON input is bound as text and cast in SQL ({@code cast(cast(?1 as text) as jsonb)}): bound as
 * jsonb directly, the driver would store a Java string as a JSON string.
 *
 * <p>Selects are made through {@link NativePlans}: Hibernate Reactive's own native queries never
 * find their plan again (the plan-cache key compares a per-query mapping wrapper by identity), so
 * each execution planned anew and added an entry to the plan cache that every later lookup of the
 * same statement had to compare against. Updates need nothing: Hibernate does not cache their plans
 * at all.
 */
public final class NativeSql {

  /**
   * Bound parameters one statement may carry: PostgreSQL's protocol counts them in 16 bits
   * (65,535); multi-row inserts stay well below.
   */
  static final int MAX_PARAMETERS = 30_000;

  private NativeSql() {}

  /** Executes an insert, update or delete; emits the number of rows it touched. */
  public static Uni<Integer> update(String sql, Object... parameters) {
    return Panache.getSession()
        .chain(session -> bind(session.createNativeQuery(sql), parameters).executeUpdate());
  }

  /** The rows of a select (or of anything with {@code returning}), as arrays of any width. */
  public static Uni<List<Object[]>> rows(String sql, Object... parameters) {
    return Panache.getSession()
        .chain(
            session ->
                bind(NativePlans.select(session, sql, Object.class), parameters).getResultList())
        .map(rows -> rows.stream().map(NativeSql::asRow).toList());
  }

  /** The first row, or null when there is none. */
  public static Uni<Object[]> first(String sql, Object... parameters) {
    return rows(sql, parameters).map(rows -> rows.isEmpty() ? null : rows.get(0));
  }

  /** The one value of a one-row, one-column select, e.g. {@code select count(*) ...}. */
  public static <T> Uni<T> single(String sql, Class<T> type, Object... parameters) {
    return Panache.getSession()
        .chain(
            session -> bind(NativePlans.select(session, sql, type), parameters).getSingleResult());
  }

  /**
   * Inserts rows with one multi-row statement per chunk, in list order, in the caller's
   * transaction: {@code insert} is the statement up to {@code values}, {@code row} the placeholders
   * of one row with {@code ?} for each column (casts allowed, e.g. {@code (?, ?, cast(? as
   * text))}), {@code suffix} what follows (e.g. {@code on conflict do nothing}). Values are bound,
   * never escaped into the text. Emits the rows inserted.
   */
  public static Uni<Integer> insertAll(
      String insert, String row, String suffix, List<Object[]> rows) {
    int columns = (int) row.chars().filter(c -> c == '?').count();
    Uni<Integer> inserted = Uni.createFrom().item(0);
    for (List<Object[]> chunk : Chunks.of(rows, Math.max(1, MAX_PARAMETERS / columns))) {
      inserted =
          inserted.chain(
              before ->
                  update(insert + values(row, chunk.size()) + suffix, flatten(chunk, columns))
                      .map(count -> before + count));
    }
    return inserted;
  }

  /**
   * A statement with a multi-row {@code values} list, chunked and bound as {@link #insertAll} does,
   * that returns rows: {@code before} is the text up to the list ({@code insert into t (a, b)
   * values}, or {@code update t set ... from (values}), {@code row} the placeholders of one row,
   * {@code after} the rest, ending in a {@code returning} clause. Emits the returned rows, chunk
   * after chunk; e.g. the keys of the rows an {@code on conflict do nothing} insert wrote.
   */
  public static Uni<List<Object[]>> valuesReturning(
      String before, String row, String after, List<Object[]> rows) {
    int columns = (int) row.chars().filter(c -> c == '?').count();
    Uni<List<Object[]>> returned = Uni.createFrom().item(List.of());
    for (List<Object[]> chunk : Chunks.of(rows, Math.max(1, MAX_PARAMETERS / columns))) {
      returned =
          returned.chain(
              earlier ->
                  rows(before + values(row, chunk.size()) + after, flatten(chunk, columns))
                      .map(
                          these -> {
                            List<Object[]> all = new ArrayList<>(earlier);
                            all.addAll(these);
                            return all;
                          }));
    }
    return returned;
  }

  /** {@code n} copies of the row's placeholders, numbered on: {@code (?1, ?2), (?3, ?4)}. */
  static String values(String row, int n) {
    StringBuilder sql = new StringBuilder();
    int parameter = 0;
    for (int r = 0; r < n; r++) {
      sql.append(r == 0 ? " " : ", ");
      for (char c : row.toCharArray()) {
        sql.append(c);
        if (c == '?') {
          sql.append(++parameter);
        }
      }
    }
    return sql.toString();
  }

  private static Object[] flatten(List<Object[]> rows, int columns) {
    Object[] parameters = new Object[rows.size() * columns];
    for (int r = 0; r < rows.size(); r++) {
      Object[] row = rows.get(r);
      if (row.length != columns) {
        throw new IllegalArgumentException(
            "a row has " + row.length + " values for " + columns + " columns");
      }
      System.arraycopy(row, 0, parameters, r * columns, columns);
    }
    return parameters;
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

  private static Object[] asRow(Object row) {
    return row instanceof Object[] array ? array : new Object[] {row};
  }
}
