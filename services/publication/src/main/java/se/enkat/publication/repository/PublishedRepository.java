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
import se.enkat.publication.domain.CellChange;
import se.enkat.publication.domain.IndicatorRow;
import se.enkat.publication.domain.PublishedRelease;
import se.enkat.publication.domain.PublishedRound;
import se.enkat.publication.domain.ResponseRateRow;
import se.enkat.publication.domain.RowSink;
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

  // The year the round ran (its opening date), else the year of the release.
  private static final String PERIOD =
      "select cast(extract(year from coalesce(o.opens_at, r.created_at)) as int)"
          + " from release r left join round o on o.round_id = r.round_id where r.release_id = ?";
  private static final String RESPONDENT_NAMES =
      "select organisation, name from release_answer where release_id = ? and name is not null";

  // Cells of two snapshots joined on their dimensions (absent ones as ''); a side with no match is
  // added or removed, a pair with other figures changed. A null release compares with nothing.
  private static final String CELL_CHANGES =
      "with a as (select indicator, level, coalesce(type, '') t, coalesce(county, '') c,"
          + " coalesce(organisation, '') o, coalesce(category, '') k, numerator, denominator,"
          + " percent from release_value where release_id = ?),"
          + " b as (select indicator, level, coalesce(type, '') t, coalesce(county, '') c,"
          + " coalesce(organisation, '') o, coalesce(category, '') k, numerator, denominator,"
          + " percent from release_value where release_id = ?)"
          + " select * from (select coalesce(b.indicator, a.indicator) i, coalesce(b.level, a.level) l,"
          + " coalesce(b.t, a.t) t, coalesce(b.c, a.c) c, coalesce(b.o, a.o) o,"
          + " coalesce(b.k, a.k) k, a.numerator, a.denominator, a.percent, b.numerator,"
          + " b.denominator, b.percent"
          + " from a full join b on a.indicator = b.indicator and a.level = b.level"
          + " and a.t = b.t and a.c = b.c and a.o = b.o and a.k = b.k"
          + " where a.indicator is null or b.indicator is null or a.numerator <> b.numerator"
          + " or a.denominator <> b.denominator or a.percent is distinct from b.percent) d"
          + " order by i, case l when 'national' then 0 when 'county' then 1 else 2 end, c, "
          + TYPE_RANK.formatted("t")
          + ", o, k";
  private static final UUID NO_RELEASE = new UUID(0, 0);
  // Per publication after the cursor: the round's latest published version before it and with it.
  private static final String PUBLICATIONS =
      "select r.publication_seq, r.round_id, r.version, cast(r.release_id as text),"
          + " r.published_at, before.release_id, before.version, after.release_id, after.version"
          + " from release r"
          + " left join lateral (select p.release_id, p.version from release p"
          + " where p.round_id = r.round_id and p.publication_seq < r.publication_seq"
          + " order by p.version desc limit 1) before on true"
          + " join lateral (select p.release_id, p.version from release p"
          + " where p.round_id = r.round_id and p.publication_seq <= r.publication_seq"
          + " order by p.version desc limit 1) after on true"
          + " where r.publication_seq > ? order by r.publication_seq limit ?";
  private static final String LAST_PUBLICATION =
      "select coalesce(max(publication_seq), 0) from release";

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

  /** The round's highest published version below {@code version}, if any. */
  public Optional<PublishedRelease> releaseBefore(String round, int version) {
    return query(
            RELEASE + " and version < ? order by version desc",
            List.of(round, version),
            rs ->
                new PublishedRelease(
                    (UUID) rs.getObject(1),
                    rs.getString(2),
                    rs.getInt(3),
                    Timestamps.of(rs.getObject(4, java.time.OffsetDateTime.class))),
            1)
        .stream()
        .findFirst();
  }

  /** The questionnaire the release was taken under, as JSON text (null when unknown). */
  public String questionnaire(UUID releaseId) {
    return query(QUESTIONNAIRE, List.of(releaseId), rs -> rs.getString(1), 1).stream()
        .findFirst()
        .orElse(null);
  }

  public List<PublishedRound> rounds() {
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
    List<PublishedRound> rounds = new ArrayList<>();
    byRound.forEach(
        (round, rows) -> {
          Object[] latest = rows.get(0);
          List<PublishedRound.Version> versions =
              rows.stream()
                  .map(
                      r ->
                          new PublishedRound.Version(
                              (String) r[2], (Integer) r[3], (java.time.OffsetDateTime) r[4]))
                  .toList();
          rounds.add(
              new PublishedRound(
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

  /** The reference year of a release: when its round opened. */
  public String period(UUID releaseId) {
    return query(PERIOD, List.of(releaseId), rs -> Integer.toString(rs.getInt(1)), 1).stream()
        .findFirst()
        .orElseThrow();
  }

  /** The names of the organisations that answered, by code. */
  public Map<String, String> respondentNames(UUID releaseId) {
    Map<String, String> names = new LinkedHashMap<>();
    query(
        RESPONDENT_NAMES, List.of(releaseId), rs -> names.put(rs.getString(1), rs.getString(2)), 0);
    return names;
  }

  /** The cells that differ between two releases of a round; {@code from} null: every cell. */
  public List<CellChange> cellChanges(UUID from, UUID to) {
    return query(
        CELL_CHANGES,
        List.of(from == null ? NO_RELEASE : from, to),
        rs -> {
          CellChange.Measure previous = measure(rs, 7);
          CellChange.Measure current = measure(rs, 10);
          String change =
              previous == null
                  ? CellChange.ADDED
                  : current == null ? CellChange.REMOVED : CellChange.CHANGED;
          return new CellChange(
              change,
              rs.getString(1),
              rs.getString(2),
              emptyToNull(rs.getString(3)),
              emptyToNull(rs.getString(4)),
              emptyToNull(rs.getString(5)),
              emptyToNull(rs.getString(6)),
              previous,
              current);
        },
        0);
  }

  /** One publication and the latest versions of its round before and with it. */
  public record Publication(
      long seq,
      String round,
      int version,
      String releaseId,
      java.time.OffsetDateTime publishedAt,
      UUID before,
      Integer beforeVersion,
      UUID after,
      int afterVersion) {}

  /** Up to {@code limit} publications numbered after {@code seq}, in publication order. */
  public List<Publication> publicationsAfter(long seq, int limit) {
    return query(
        PUBLICATIONS,
        List.of(seq, limit),
        rs ->
            new Publication(
                rs.getLong(1),
                rs.getString(2),
                rs.getInt(3),
                rs.getString(4),
                Timestamps.of(rs.getObject(5, java.time.OffsetDateTime.class)),
                (UUID) rs.getObject(6),
                (Integer) rs.getObject(7),
                (UUID) rs.getObject(8),
                rs.getInt(9)),
        0);
  }

  /** The number of the latest publication (0 before the first). */
  public long lastPublication() {
    return query(LAST_PUBLICATION, List.of(), rs -> rs.getLong(1), 1).get(0);
  }

  private static CellChange.Measure measure(ResultSet rs, int column) throws SQLException {
    long numerator = rs.getLong(column);
    if (rs.wasNull()) {
      return null;
    }
    return new CellChange.Measure(numerator, rs.getLong(column + 1), rs.getBigDecimal(column + 2));
  }

  private static String emptyToNull(String value) {
    return value == null || value.isEmpty() ? null : value;
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
