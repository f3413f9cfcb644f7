package se.enkat.indicator.repository;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.List;
import se.enkat.indicator.domain.AnswerMaps;
import se.enkat.indicator.domain.Respondent;

/** The latest accepted answers of each organisation in each round. */
@ApplicationScoped
public class AnswerSetRepository {

  // One round trip: read the stored revision and store the new one only if it is newer. Both
  // parts of the statement see the table as it was before, so "previous" is the replaced row.
  private static final String REPLACE_IF_NEWER =
      "with previous as (select revision, org_type, county, cast(answers as text) as answers"
          + " from answer_set where round_id = ?1 and organisation = ?2),"
          + " stored as (insert into answer_set"
          + " (round_id, organisation, org_type, county, revision, answers, accepted_at)"
          + " values (?1, ?2, ?3, ?4, ?5, cast(cast(?6 as text) as jsonb), ?7)"
          + " on conflict (round_id, organisation) do update set org_type = excluded.org_type,"
          + " county = excluded.county, revision = excluded.revision,"
          + " answers = excluded.answers, accepted_at = excluded.accepted_at"
          + " where answer_set.revision < excluded.revision returning revision)"
          + " select (select count(*) from stored), p.revision, p.org_type, p.county, p.answers"
          + " from (select 1) as one left join previous p on true";

  private static final String BY_ROUND =
      "select organisation, org_type, county, cast(answers as text) from answer_set"
          + " where round_id = ?1 order by organisation";

  private final NativeSql sql;
  private final ObjectMapper json;

  AnswerSetRepository(NativeSql sql, ObjectMapper json) {
    this.sql = sql;
    this.json = json;
  }

  /** What storing a revision did: whether it replaced anything, and what was there before. */
  public record Replacement(boolean stored, Respondent previous) {}

  public Uni<Replacement> replaceIfNewer(
      String round, Respondent next, int revision, JsonNode answers, OffsetDateTime acceptedAt) {
    return sql.rows(
            REPLACE_IF_NEWER,
            round,
            next.organisation(),
            next.type(),
            next.county(),
            revision,
            answers.toString(),
            acceptedAt)
        .map(rows -> toReplacement(rows.get(0), next.organisation()));
  }

  /** Every stored respondent of a round. */
  public Uni<List<Respondent>> byRound(String round) {
    return sql.rows(BY_ROUND, round)
        .map(
            rows ->
                rows.stream()
                    .map(
                        row ->
                            respondent((String) row[0], (String) row[1], (String) row[2], row[3]))
                    .toList());
  }

  private Replacement toReplacement(Object[] row, String organisation) {
    boolean stored = ((Number) row[0]).longValue() > 0;
    Respondent previous =
        row[1] == null ? null : respondent(organisation, (String) row[2], (String) row[3], row[4]);
    return new Replacement(stored, previous);
  }

  private Respondent respondent(String organisation, String type, String county, Object answers) {
    try {
      return new Respondent(
          organisation, type, county, AnswerMaps.of(json.readTree((String) answers)));
    } catch (IOException e) {
      throw new UncheckedIOException("stored answers are unreadable", e);
    }
  }
}
