package se.enkat.publication.repository;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import se.enkat.messaging.sql.NativeSql;

/**
 * The live copy of what this service consumed: rounds and their population, indicator definitions
 * and values, accepted answers, verdicts. Every method runs in the caller's transaction.
 */
@ApplicationScoped
public class LiveStateRepository {

  private static final String UPSERT_OPENED =
      "insert into round (round_id, title, questionnaire, status, opens_at, closes_at)"
          + " values (?1, cast(cast(?2 as text) as jsonb), cast(cast(?3 as text) as jsonb), 'OPEN', cast(?4 as date),"
          + " cast(?5 as date))"
          + " on conflict (round_id) do update set title = excluded.title,"
          + " questionnaire = excluded.questionnaire, opens_at = excluded.opens_at,"
          + " closes_at = excluded.closes_at";
  private static final String INSERT_POPULATION =
      "insert into invited_organisation (round_id, code, name, type, county)"
          + " select ?1, o.code, o.name, o.type, o.county"
          + " from jsonb_to_recordset(cast(cast(?2 as text) as jsonb))"
          + " as o(code text, name text, type text, county text)"
          + " on conflict (round_id, code) do update set name = excluded.name,"
          + " type = excluded.type, county = excluded.county";
  private static final String UPSERT_CLOSED =
      "insert into round (round_id, status, closed_at, revisions_received)"
          + " values (?1, 'CLOSED', cast(?2 as timestamptz), ?3)"
          + " on conflict (round_id) do update set status = 'CLOSED',"
          + " closed_at = excluded.closed_at, revisions_received = excluded.revisions_received";
  private static final String UPSERT_INDICATOR =
      "insert into live_indicator (round_id, indicator_id, kind, title, description, focus_area,"
          + " numerator, denominator, direction, source_questions, categories, defined_at)"
          + " values (?1, ?2, ?3, cast(cast(?4 as text) as jsonb), cast(cast(?5 as text) as jsonb), cast(?6 as text),"
          + " cast(?7 as text), cast(?8 as text), cast(?9 as text), cast(cast(?10 as text) as jsonb),"
          + " cast(cast(?11 as text) as jsonb), cast(?12 as timestamptz))"
          + " on conflict (round_id, indicator_id) do update set kind = excluded.kind,"
          + " title = excluded.title, description = excluded.description,"
          + " focus_area = excluded.focus_area, numerator = excluded.numerator,"
          + " denominator = excluded.denominator, direction = excluded.direction,"
          + " source_questions = excluded.source_questions, categories = excluded.categories,"
          + " defined_at = excluded.defined_at";
  private static final String CELLS =
      " from rows from (jsonb_to_recordset(cast(cast(?2 as text) as jsonb)) as (indicator text,"
          + " level text, type text, county text, organisation text, category text,"
          + " numerator bigint, denominator bigint, percent numeric)) with ordinality"
          + " as c(indicator, level, type, county, organisation, category, numerator,"
          + " denominator, percent, ord)";
  private static final String CELL_KEY =
      "concat_ws('|', c.indicator, c.level, coalesce(c.type, ''), coalesce(c.county, ''),"
          + " coalesce(c.organisation, ''), coalesce(c.category, ''))";
  // The last occurrence of a cell in one event wins, as if the cells were applied in turn.
  private static final String UPSERT_VALUES =
      "insert into live_value (round_id, cell_key, indicator, level, type, county, organisation,"
          + " category, numerator, denominator, percent)"
          + " select distinct on (key) ?1, key, indicator, level, type, county, organisation,"
          + " category, numerator, denominator, percent from (select "
          + CELL_KEY
          + " as key, c.*, coalesce(c.percent, round(100.0 * c.numerator / c.denominator, 1))"
          + " as pct"
          + CELLS
          + ") as c2(key, indicator, level, type, county, organisation, category, numerator,"
          + " denominator, percent_in, ord, percent)"
          + " where denominator > 0 order by key, ord desc"
          + " on conflict (round_id, cell_key) do update set numerator = excluded.numerator,"
          + " denominator = excluded.denominator, percent = excluded.percent";
  // A cell whose denominator fell to 0 no longer exists.
  private static final String DELETE_EMPTY_VALUES =
      "delete from live_value v using (select "
          + CELL_KEY
          + " as key"
          + CELLS
          + " where c.denominator = 0) as gone where v.round_id = ?1 and v.cell_key = gone.key";
  private static final String INSERT_FINAL =
      "insert into round_values_final (round_id, verdicts_applied, final_at)"
          + " values (?1, ?2, cast(?3 as timestamptz)) on conflict (round_id) do nothing";
  // Only a later revision replaces the stored one: a late older revision changes nothing.
  private static final String UPSERT_ANSWERS =
      "insert into accepted_answer (round_id, organisation, organisation_type, county, revision,"
          + " answers, comments, validated_at) values";
  private static final String ANSWER_ROW =
      "(?, ?, ?, cast(? as text), ?, cast(cast(? as text) as jsonb),"
          + " cast(cast(? as text) as jsonb), cast(? as timestamptz))";
  private static final String ANSWER_CONFLICT =
      " on conflict (round_id, organisation) do update set"
          + " organisation_type = excluded.organisation_type, county = excluded.county,"
          + " revision = excluded.revision, answers = excluded.answers,"
          + " comments = excluded.comments, validated_at = excluded.validated_at"
          + " where accepted_answer.revision < excluded.revision";
  private static final String INSERT_VERDICTS =
      "insert into verdict_seen (round_id, organisation, revision) values";
  private static final String VERDICT_ROW = "(?, ?, ?)";

  public Uni<Void> opened(
      String round,
      String titleJson,
      String questionnaireJson,
      LocalDate opensAt,
      LocalDate closesAt,
      String populationJson) {
    return NativeSql.update(UPSERT_OPENED, round, titleJson, questionnaireJson, opensAt, closesAt)
        .chain(() -> NativeSql.update(INSERT_POPULATION, round, populationJson))
        .replaceWithVoid();
  }

  public Uni<Void> closed(String round, OffsetDateTime closedAt, long revisionsReceived) {
    return NativeSql.update(UPSERT_CLOSED, round, closedAt, revisionsReceived).replaceWithVoid();
  }

  /** Stores a definition; the JSON arguments are JSON texts (or null). */
  public Uni<Void> indicator(
      String round,
      String indicator,
      String kind,
      String titleJson,
      String descriptionJson,
      String focusArea,
      String numerator,
      String denominator,
      String direction,
      String sourceQuestionsJson,
      String categoriesJson,
      OffsetDateTime definedAt) {
    return NativeSql.update(
            UPSERT_INDICATOR,
            round,
            indicator,
            kind,
            titleJson,
            descriptionJson,
            focusArea,
            numerator,
            denominator,
            direction,
            sourceQuestionsJson,
            categoriesJson,
            definedAt)
        .replaceWithVoid();
  }

  /** Applies changed cells given as a JSON array of IndicatorValuesUpdated cells. */
  public Uni<Void> values(String round, String cellsJson) {
    return NativeSql.update(UPSERT_VALUES, round, cellsJson)
        .chain(() -> NativeSql.update(DELETE_EMPTY_VALUES, round, cellsJson))
        .replaceWithVoid();
  }

  public Uni<Void> valuesFinal(String round, long verdictsApplied, OffsetDateTime finalAt) {
    return NativeSql.update(INSERT_FINAL, round, verdictsApplied, finalAt).replaceWithVoid();
  }

  /** An organisation's accepted answers as one revision's verdict gave them (JSON as text). */
  public record AcceptedAnswers(
      String round,
      String organisation,
      String type,
      String county,
      int revision,
      String answersJson,
      String commentsJson,
      OffsetDateTime validatedAt) {}

  /**
   * Stores accepted answers with multi-row upserts: at most one per round and organisation (a
   * statement may change a row only once); each replaces the stored answers only when newer.
   */
  public Uni<Void> acceptedAll(List<AcceptedAnswers> answers) {
    List<Object[]> rows =
        answers.stream()
            .map(
                a ->
                    new Object[] {
                      a.round(),
                      a.organisation(),
                      a.type(),
                      a.county(),
                      a.revision(),
                      a.answersJson(),
                      a.commentsJson(),
                      a.validatedAt()
                    })
            .toList();
    return NativeSql.insertAll(UPSERT_ANSWERS, ANSWER_ROW, ANSWER_CONFLICT, rows).replaceWithVoid();
  }

  /** Records verdicts seen (round, organisation, revision), with multi-row inserts. */
  public Uni<Void> verdicts(List<Object[]> revisions) {
    return NativeSql.insertAll(INSERT_VERDICTS, VERDICT_ROW, " on conflict do nothing", revisions)
        .replaceWithVoid();
  }
}
