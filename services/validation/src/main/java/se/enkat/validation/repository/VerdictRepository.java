package se.enkat.validation.repository;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import se.enkat.common.events.RoundOpened.QuestionnaireRef;
import se.enkat.messaging.sql.NativeSql;
import se.enkat.validation.domain.Judgement;
import se.enkat.validation.messaging.EventJson;

/** Verdicts, one per round, organisation and revision. Runs in the caller's session. */
@ApplicationScoped
public class VerdictRepository {

  /** Counts of one kind (status, code, question and code) as the summary queries return them. */
  public record Count(String key, String detail, long count) {}

  private static final String INSERT_ALL =
      "insert into verdict (round_id, organisation, revision, status, violations,"
          + " organisation_type, county, questionnaire_id, questionnaire_version,"
          + " submission_event_id, submitted_at, judged_at) values";
  private static final String ROW =
      "(?, ?, ?, ?, cast(cast(? as text) as jsonb), cast(? as text), cast(? as text),"
          + " ?, ?, ?, ?, ?)";
  private static final String INSERTED =
      " on conflict do nothing returning round_id, organisation, revision";
  private static final String COUNT_BY_STATUS =
      "select status, count(*) from verdict where round_id = ?1 group by status";
  private static final String COUNT_LATEST_BY_STATUS =
      "select status, count(*) from (select distinct on (organisation) status from verdict"
          + " where round_id = ?1 order by organisation, revision desc) latest group by status";
  private static final String COUNT_BY_CODE =
      "select v ->> 'code', count(*) from verdict, jsonb_array_elements(violations) v"
          + " where round_id = ?1 group by 1 order by 2 desc, 1";
  private static final String COUNT_BY_QUESTION_AND_CODE =
      "select v ->> 'question', v ->> 'code', count(*)"
          + " from verdict, jsonb_array_elements(violations) v"
          + " where round_id = ?1 group by 1, 2 order by 1, 3 desc, 2";

  /**
   * A verdict to write: the judgement, the questionnaire it was judged by, the event it came in.
   */
  public record NewVerdict(Judgement verdict, QuestionnaireRef ref, String eventId) {}

  /** Identifies a judged revision: a round, an organisation and its revision. */
  public record RevisionKey(String round, String organisation, int revision) {

    public static RevisionKey of(Judgement verdict) {
      return new RevisionKey(verdict.round(), verdict.organisation(), verdict.revision());
    }
  }

  /**
   * Writes the verdicts with multi-row statements, in list order; emits the revisions actually
   * written (a revision that already has a verdict keeps it and is left out).
   */
  public Uni<Set<RevisionKey>> insertAll(List<NewVerdict> verdicts) {
    if (verdicts.isEmpty()) {
      return Uni.createFrom().item(Set.of());
    }
    List<Object[]> rows = verdicts.stream().map(VerdictRepository::row).toList();
    return NativeSql.valuesReturning(INSERT_ALL, ROW, INSERTED, rows)
        .map(
            inserted ->
                inserted.stream()
                    .map(
                        r ->
                            new RevisionKey(
                                (String) r[0], (String) r[1], ((Number) r[2]).intValue()))
                    .collect(Collectors.toSet()));
  }

  private static Object[] row(NewVerdict v) {
    Judgement verdict = v.verdict();
    return new Object[] {
      verdict.round(),
      verdict.organisation(),
      verdict.revision(),
      verdict.status(),
      EventJson.write(verdict.violations()),
      verdict.member() == null ? null : verdict.member().type().name(),
      verdict.member() == null ? null : verdict.member().county(),
      v.ref().id(),
      v.ref().version(),
      v.eventId(),
      verdict.submittedAt(),
      verdict.validatedAt()
    };
  }

  /** Verdicts per status, over every judged revision. */
  public Uni<Map<String, Long>> countByStatus(String round) {
    return counts(COUNT_BY_STATUS, round).map(VerdictRepository::toMap);
  }

  /** Organisations per status of their latest judged revision. */
  public Uni<Map<String, Long>> countLatestByStatus(String round) {
    return counts(COUNT_LATEST_BY_STATUS, round).map(VerdictRepository::toMap);
  }

  /** Violations per code, most frequent first. */
  public Uni<Map<String, Long>> countByCode(String round) {
    return counts(COUNT_BY_CODE, round).map(VerdictRepository::toMap);
  }

  /** Violations per question and code. */
  public Uni<List<Count>> countByQuestionAndCode(String round) {
    return counts(COUNT_BY_QUESTION_AND_CODE, round);
  }

  private static Uni<List<Count>> counts(String sql, String round) {
    return NativeSql.rows(sql, round)
        .map(rows -> rows.stream().map(VerdictRepository::count).toList());
  }

  private static Count count(Object[] row) {
    return row.length == 2
        ? new Count((String) row[0], null, ((Number) row[1]).longValue())
        : new Count((String) row[0], (String) row[1], ((Number) row[2]).longValue());
  }

  private static Map<String, Long> toMap(List<Count> counts) {
    Map<String, Long> map = new LinkedHashMap<>();
    counts.forEach(c -> map.put(c.key(), c.count()));
    return map;
  }
}
