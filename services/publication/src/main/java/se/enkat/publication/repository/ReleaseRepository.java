package se.enkat.publication.repository;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import se.enkat.messaging.sql.NativeSql;
import se.enkat.publication.domain.Release;
import se.enkat.publication.domain.RoundProgress;

/**
 * Creates releases by copying the live state into write-once snapshot tables, and publishes them.
 * Every method runs in the caller's transaction.
 */
@ApplicationScoped
public class ReleaseRepository {

  private static final String ROUND_PROGRESS =
      "select r.status, r.revisions_received,"
          + " (select count(*) from verdict_seen v where v.round_id = r.round_id),"
          + " f.verdicts_applied"
          + " from round r left join round_values_final f on f.round_id = r.round_id"
          + " where r.round_id = ?1 for update of r";
  private static final String NEXT_VERSION =
      "select coalesce(max(version), 0) + 1 from release where round_id = ?1";
  private static final String INSERT_RELEASE =
      "insert into release (release_id, round_id, version, status, round_title, questionnaire,"
          + " final_at, created_at)"
          + " select ?1, r.round_id, ?2, 'DRAFT', r.title, r.questionnaire, f.final_at, ?3"
          + " from round r join round_values_final f on f.round_id = r.round_id"
          + " where r.round_id = ?4";
  private static final String SNAPSHOT_INDICATORS =
      "insert into release_indicator (release_id, position, indicator_id, kind, title,"
          + " description, focus_area, numerator, denominator, direction, source_questions,"
          + " categories)"
          + " select ?1, row_number() over (order by seq), indicator_id, kind, title, description,"
          + " focus_area, numerator, denominator, direction, source_questions, categories"
          + " from live_indicator where round_id = ?2";
  private static final String SNAPSHOT_VALUES =
      "insert into release_value (release_id, indicator, level, type, county, organisation,"
          + " category, numerator, denominator, percent)"
          + " select ?1, indicator, level, type, county, organisation, category, numerator,"
          + " denominator, percent from live_value where round_id = ?2";
  private static final String SNAPSHOT_ANSWERS =
      "insert into release_answer (release_id, organisation, name, type, county, revision,"
          + " answers, comments)"
          + " select ?1, a.organisation, i.name, coalesce(i.type, a.organisation_type),"
          + " coalesce(i.county, a.county), a.revision, a.answers, a.comments"
          + " from accepted_answer a left join invited_organisation i"
          + " on i.round_id = a.round_id and i.code = a.organisation"
          + " where a.round_id = ?2";
  // Answered = invited organisations with an accepted submission.
  private static final String SNAPSHOT_RESPONSE_RATE =
      "insert into release_response_rate (release_id, type, invited, answered)"
          + " select ?1, i.type, count(*), count(a.organisation)"
          + " from invited_organisation i left join accepted_answer a"
          + " on a.round_id = i.round_id and a.organisation = i.code"
          + " where i.round_id = ?2 group by i.type";
  private static final String FIND_FOR_UPDATE =
      "select cast(release_id as text), round_id, version, status, created_at, published_at"
          + " from release where release_id = ?1 for update";
  // Publications queue behind one lock and number themselves (see V2__publication_feed.sql).
  private static final String PUBLICATION_LOCK =
      "select 1 from (select pg_advisory_xact_lock(7265736)) locked";
  private static final String PUBLISH =
      "update release set status = 'PUBLISHED', published_at = ?2, publication_seq ="
          + " (select coalesce(max(publication_seq), 0) + 1 from release) where release_id = ?1";
  private static final String DISCARD =
      "update release set status = 'DISCARDED' where release_id = ?1 and status = 'DRAFT'";
  private static final String FIND =
      "select cast(release_id as text), round_id, version, status, created_at, published_at"
          + " from release where release_id = ?1";
  private static final String COUNTS =
      "select (select count(*) from release_value where release_id = ?1),"
          + " (select count(*) from release_answer where release_id = ?1)";
  private static final String LIST =
      "select cast(release_id as text), round_id, version, status, created_at, published_at"
          + " from release where round_id = ?1 order by version desc";
  private static final String ROUND_EXISTS = "select 1 from round where round_id = ?1";

  /** The round's state as far as releases are concerned, locked for this transaction; or null. */
  public Uni<RoundProgress> lockRound(String round) {
    return NativeSql.first(ROUND_PROGRESS, round)
        .map(
            row ->
                row == null
                    ? null
                    : new RoundProgress(
                        round,
                        (String) row[0],
                        longOrNull(row[1]),
                        ((Number) row[2]).longValue(),
                        longOrNull(row[3])));
  }

  /** Snapshots the live state of the round into a new DRAFT release with the next version. */
  public Uni<Release> snapshot(String round, OffsetDateTime now) {
    UUID id = UUID.randomUUID();
    return NativeSql.first(NEXT_VERSION, round)
        .map(row -> ((Number) row[0]).intValue())
        .call(version -> NativeSql.update(INSERT_RELEASE, id, version, now, round))
        .call(() -> NativeSql.update(SNAPSHOT_INDICATORS, id, round))
        .call(() -> NativeSql.update(SNAPSHOT_VALUES, id, round))
        .call(() -> NativeSql.update(SNAPSHOT_ANSWERS, id, round))
        .call(() -> NativeSql.update(SNAPSHOT_RESPONSE_RATE, id, round))
        .map(version -> new Release(id.toString(), round, version, Release.DRAFT, now, null));
  }

  public Uni<Release> lockRelease(UUID releaseId) {
    return NativeSql.first(FIND_FOR_UPDATE, releaseId)
        .map(row -> row == null ? null : release(row));
  }

  /** The release, not locked; null when unknown. */
  public Uni<Release> find(UUID releaseId) {
    return NativeSql.first(FIND, releaseId).map(row -> row == null ? null : release(row));
  }

  public Uni<Void> discard(UUID releaseId) {
    return NativeSql.update(DISCARD, releaseId).replaceWithVoid();
  }

  public Uni<Void> publish(UUID releaseId, OffsetDateTime now) {
    return NativeSql.first(PUBLICATION_LOCK)
        .chain(() -> NativeSql.update(PUBLISH, releaseId, now))
        .replaceWithVoid();
  }

  /** Value cells and respondents in a release. */
  public Uni<long[]> counts(UUID releaseId) {
    return NativeSql.first(COUNTS, releaseId)
        .map(row -> new long[] {((Number) row[0]).longValue(), ((Number) row[1]).longValue()});
  }

  public Uni<List<Release>> list(String round) {
    return NativeSql.rows(LIST, round)
        .map(rows -> rows.stream().map(ReleaseRepository::release).toList());
  }

  public Uni<Boolean> roundExists(String round) {
    return NativeSql.first(ROUND_EXISTS, round).map(row -> row != null);
  }

  private static Release release(Object[] row) {
    return new Release(
        (String) row[0],
        (String) row[1],
        ((Number) row[2]).intValue(),
        (String) row[3],
        Timestamps.of(row[4]),
        Timestamps.of(row[5]));
  }

  private static Long longOrNull(Object value) {
    return value == null ? null : ((Number) value).longValue();
  }
}
