package se.enkat.publication.repository;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import se.enkat.common.reference.ReportingGroups;
import se.enkat.publication.domain.AnswerRow;
import se.enkat.publication.domain.IndicatorRow;
import se.enkat.publication.domain.PublishedRelease;
import se.enkat.publication.domain.PublishedRoundView;
import se.enkat.publication.domain.ResponseRateRow;
import se.enkat.publication.domain.ValueFilter;
import se.enkat.publication.domain.ValueRow;

/**
 * Reads published releases. Plain JDBC on a worker thread, on purpose: exports stream rows from a
 * server-side cursor straight into a blocking writer (CSV, FastExcel), so neither the result set
 * nor the file is ever whole in memory. Snapshot rows never change, so no locking is needed.
 */
@ApplicationScoped
public class PublishedRepository {

  private static final int FETCH_SIZE = 1000;

  // Only what every read needs: the questionnaire (tens of KB) is read by the exports that use it.
  private static final String RELEASE =
      "select release_id, round_id, version, published_at from release"
          + " where round_id = ? and status = 'PUBLISHED'";
  private static final String QUESTIONNAIRE =
      "select cast(questionnaire as text) from release where release_id = ?";
  private static final String ROUNDS =
      "select round_id, cast(round_title as text), cast(release_id as text), version,"
          + " published_at from release where status = 'PUBLISHED'"
          + " order by round_id, version desc";
  private static final String VALUES =
      "select v.indicator, v.level, v.type, v.county, v.organisation, v.category, v.numerator,"
          + " v.denominator, v.percent from %s v"
          + " left join release_indicator i"
          + " on i.release_id = v.release_id and i.indicator_id = v.indicator"
          + " where v.release_id = ?";
  private static final String TYPE_RANK =
      "case %s when 'REGION' then 0 when 'MUNICIPALITY' then 1 when 'CITY_DISTRICT' then 2"
          + " else 3 end";
  // The combined group "municipalities and city districts": the sum of the two types' cells, with
  // the percent rounded half-up as everywhere (numeric round() rounds half away from zero).
  private static final String COMBINED_GROUP =
      "(select release_id, indicator, level, '"
          + ReportingGroups.MUNICIPALITY_AND_CITY_DISTRICT
          + "' as type, county, cast(null as text) as organisation, category,"
          + " sum(numerator) as numerator, sum(denominator) as denominator,"
          + " round(100.0 * sum(numerator) / nullif(sum(denominator), 0), 1) as percent"
          + " from release_value where release_id = ? and level in ('national', 'county')"
          + " and type in ('MUNICIPALITY', 'CITY_DISTRICT')"
          + " group by release_id, indicator, level, county, category)";
  // Library order, then national before county before organisation, counties by code, and
  // within a group regions before municipalities before city districts (as the reports do).
  private static final String VALUES_ORDER =
      " order by i.position, v.indicator,"
          + " case v.level when 'national' then 0 when 'county' then 1 else 2 end,"
          + " v.county nulls first, "
          + TYPE_RANK.formatted("v.type")
          + ", v.organisation nulls first, v.category nulls first";
  private static final String INDICATORS =
      "select indicator_id, kind, cast(title as text), cast(description as text), focus_area,"
          + " numerator, denominator, direction, cast(source_questions as text),"
          + " cast(categories as text) from release_indicator where release_id = ?"
          + " order by position";
  private static final String ANSWERS =
      "select organisation, name, type, county, revision, cast(answers as text),"
          + " cast(comments as text) from release_answer where release_id = ?"
          + " order by organisation";
  private static final String COMMENTED =
      "select distinct jsonb_object_keys(comments) from release_answer where release_id = ?";
  private static final String RESPONSE_RATE =
      "select type, invited, answered from release_response_rate where release_id = ?"
          + " order by "
          + TYPE_RANK.formatted("type")
          + ", type";

  private final AgroalDataSource dataSource;
  private final Map<String, String> valuesSql = new ConcurrentHashMap<>();

  PublishedRepository(AgroalDataSource dataSource) {
    this.dataSource = dataSource;
  }

  // The values query per combination of filters in use (at most 64): built once, not per request.
  private static String valuesSql(String key) {
    boolean combined = key.startsWith("+");
    String filteredColumns = combined ? key.substring(1) : key;
    StringBuilder sql =
        new StringBuilder(VALUES.formatted(combined ? COMBINED_GROUP : "release_value"));
    if (!filteredColumns.isEmpty()) {
      for (String column : filteredColumns.split(",")) {
        sql.append(" and v.").append(column).append(" = ?");
      }
    }
    return sql.append(VALUES_ORDER).toString();
  }

  /** Something that takes rows one at a time and may write them out. */
  @FunctionalInterface
  public interface RowSink<T> {
    void accept(T row) throws IOException;
  }

  /** The given published version of the round, or its latest published one when null. */
  public Optional<PublishedRelease> release(String round, Integer version) {
    String sql = RELEASE + (version == null ? "" : " and version = ?") + " order by version desc";
    List<PublishedRelease> found =
        query(
            sql,
            version == null ? List.of(round) : List.of(round, version),
            rs ->
                new PublishedRelease(
                    (UUID) rs.getObject(1),
                    rs.getString(2),
                    rs.getInt(3),
                    Timestamps.of(rs.getObject(4, java.time.OffsetDateTime.class))),
            1);
    return found.stream().findFirst();
  }

  /** The questionnaire the release was taken under, as JSON text (null when unknown). */
  public String questionnaire(UUID releaseId) {
    return query(QUESTIONNAIRE, List.of(releaseId), rs -> rs.getString(1), 1).stream()
        .findFirst()
        .orElse(null);
  }

  public List<PublishedRoundView> rounds() {
    Map<String, List<Object[]>> byRound = new LinkedHashMap<>();
    query(
        ROUNDS,
        List.of(),
        rs -> {
          Object[] row = {
            rs.getString(1),
            rs.getString(2),
            rs.getString(3),
            rs.getInt(4),
            Timestamps.of(rs.getObject(5, java.time.OffsetDateTime.class))
          };
          byRound.computeIfAbsent((String) row[0], r -> new ArrayList<>()).add(row);
          return row;
        },
        0);
    List<PublishedRoundView> rounds = new ArrayList<>();
    byRound.forEach(
        (round, rows) -> {
          Object[] latest = rows.get(0);
          List<PublishedRoundView.Version> versions =
              rows.stream()
                  .map(
                      r ->
                          new PublishedRoundView.Version(
                              (String) r[2], (Integer) r[3], (java.time.OffsetDateTime) r[4]))
                  .toList();
          rounds.add(
              new PublishedRoundView(
                  round,
                  (String) latest[1],
                  (String) latest[2],
                  (Integer) latest[3],
                  (java.time.OffsetDateTime) latest[4],
                  versions));
        });
    rounds.sort(
        (a, b) -> b.publishedAt().compareTo(a.publishedAt())); // most recently published first
    return rounds;
  }

  /**
   * Streams the release's values that pass the filter, in library order. One indicator's values (a
   * dashboard's usual query) are at most a few thousand cells and are read without a cursor.
   */
  public void values(UUID releaseId, ValueFilter filter, RowSink<ValueRow> sink) {
    Map<String, String> columns = filter.columns();
    List<Object> params = new ArrayList<>(columns.size() + 2);
    if (filter.combinedGroup()) {
      params.add(releaseId);
    }
    params.add(releaseId);
    params.addAll(columns.values());
    String key = (filter.combinedGroup() ? "+" : "") + String.join(",", columns.keySet());
    stream(
        valuesSql.computeIfAbsent(key, PublishedRepository::valuesSql),
        params,
        rs ->
            new ValueRow(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getLong(7),
                rs.getLong(8),
                rs.getBigDecimal(9)),
        sink,
        filter.indicator() == null);
  }

  public List<IndicatorRow> indicators(UUID releaseId) {
    return query(
        INDICATORS,
        List.of(releaseId),
        rs ->
            new IndicatorRow(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                rs.getString(8),
                JsonTexts.stringList(rs.getString(9)),
                rs.getString(10),
                null),
        0);
  }

  /** Streams every respondent's accepted answers, by organisation code. */
  public void answers(UUID releaseId, RowSink<AnswerRow> sink) {
    stream(
        ANSWERS,
        List.of(releaseId),
        rs ->
            new AnswerRow(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getInt(5),
                rs.getString(6),
                rs.getString(7)),
        sink);
  }

  /** Question ids that at least one respondent commented on. */
  public List<String> commentedQuestions(UUID releaseId) {
    return query(COMMENTED, List.of(releaseId), rs -> rs.getString(1), 0);
  }

  public List<ResponseRateRow> responseRate(UUID releaseId) {
    return query(
        RESPONSE_RATE,
        List.of(releaseId),
        rs -> ResponseRateRow.of(rs.getString(1), rs.getInt(2), rs.getInt(3)),
        0);
  }

  @FunctionalInterface
  private interface RowMapper<T> {
    T map(ResultSet rs) throws SQLException;
  }

  // Reads a small result whole, in autocommit mode: one round trip, no transaction to end.
  private <T> List<T> query(String sql, List<Object> params, RowMapper<T> mapper, int limit) {
    List<T> rows = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = prepare(connection, sql, params)) {
      if (limit > 0) {
        statement.setMaxRows(limit);
      }
      try (ResultSet rs = statement.executeQuery()) {
        while (rs.next()) {
          rows.add(mapper.map(rs));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("reading a release failed: " + e.getMessage(), e);
    }
    return rows;
  }

  private <T> void stream(String sql, List<Object> params, RowMapper<T> mapper, RowSink<T> sink) {
    stream(sql, params, mapper, sink, true);
  }

  // With a cursor (autocommit off, fetch size) PostgreSQL sends rows in batches, not all at once;
  // a result known to be small is read in autocommit mode instead: no transaction to end.
  private <T> void stream(
      String sql, List<Object> params, RowMapper<T> mapper, RowSink<T> sink, boolean cursor) {
    try (Connection connection = dataSource.getConnection()) {
      if (cursor) {
        connection.setAutoCommit(false);
        connection.setReadOnly(true);
      }
      try (PreparedStatement statement = prepare(connection, sql, params)) {
        if (cursor) {
          statement.setFetchSize(FETCH_SIZE);
        }
        try (ResultSet rs = statement.executeQuery()) {
          while (rs.next()) {
            sink.accept(mapper.map(rs));
          }
        }
      } finally {
        if (cursor) {
          connection.rollback();
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("reading a release failed: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static PreparedStatement prepare(Connection connection, String sql, List<Object> params)
      throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql);
    try {
      for (int i = 0; i < params.size(); i++) {
        statement.setObject(i + 1, params.get(i));
      }
      return statement;
    } catch (SQLException e) {
      statement.close();
      throw e;
    }
  }
}
