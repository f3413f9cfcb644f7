package se.enkat.indicator.repository;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.enkat.indicator.domain.AnswerMaps;
import se.enkat.indicator.domain.Respondent;
import se.enkat.messaging.sql.Chunks;
import se.enkat.messaging.sql.NativeSql;

/** The latest accepted answers of each organisation in each round. */
@ApplicationScoped
public class AnswerSetRepository {

  // One round trip per batch: the answer sets travel as one JSON array (one per organisation).
  // Every part of the statement sees the table as it was before, so "previous" is the row that
  // was replaced; its answers come back only when it was replaced.
  private static final String REPLACE_ALL_IF_NEWER =
      "with input as (select * from json_to_recordset(cast(cast(?2 as text) as json))"
          + " as i(o text, t text, c text, r integer, a json, v timestamptz)),"
          // One primary-key lookup per organisation: a join let the planner hash the whole table,
          // which spilled to disk once it held a few rounds. "limit 1" keeps the lateral
          // subquery from being flattened back into that join.
          + " previous as (select i.o as organisation, s.revision, s.org_type, s.county,"
          + " s.answers from input i cross join lateral (select revision, org_type, county,"
          + " answers from answer_set where round_id = ?1 and organisation = i.o limit 1) s),"
          + " stored as (insert into answer_set"
          + " (round_id, organisation, org_type, county, revision, answers, accepted_at)"
          + " select ?1, i.o, i.t, i.c, i.r, i.a, i.v from input i order by i.o"
          + " on conflict (round_id, organisation) do update set org_type = excluded.org_type,"
          + " county = excluded.county, revision = excluded.revision,"
          + " answers = excluded.answers, accepted_at = excluded.accepted_at"
          + " where answer_set.revision < excluded.revision returning organisation)"
          + " select i.o, st.organisation is not null, p.revision, p.org_type, p.county,"
          + " case when st.organisation is not null then cast(p.answers as text) end"
          + " from input i left join previous p on p.organisation = i.o"
          + " left join stored st on st.organisation = i.o"
          + " order by i.o";

  /**
   * Answer sets per statement: a statement's JSON parameter stays a few hundred kB, below the size
   * at which the JVM allocates it outside the young generation (half a G1 region, 512 kB with the
   * services' heap), which made whole batches trigger concurrent garbage collection cycles.
   */
  static final int ORGANISATIONS_PER_STATEMENT = 100;

  private static final String BY_ROUND =
      "select organisation, org_type, county, cast(answers as text) from answer_set"
          + " where round_id = ?1 order by organisation";

  private final ObjectMapper json;

  AnswerSetRepository(ObjectMapper json) {
    this.json = json;
  }

  /** A newly accepted revision of one organisation's answers. */
  public record NewAnswers(
      Respondent next, int revision, JsonNode answers, OffsetDateTime acceptedAt) {}

  /**
   * What storing a revision did: whether it replaced what was there (null previous: nothing was),
   * or was older than the stored one and changed nothing.
   */
  public record Replacement(boolean stored, Respondent previous, Respondent next) {}

  /**
   * Stores each organisation's revision unless a newer or equal one is stored; at most one entry
   * per organisation, in organisation order. Emits one replacement per entry, in that order.
   */
  public Uni<List<Replacement>> replaceAllIfNewer(String round, List<NewAnswers> batch) {
    // Deferred: a resubscription (a retry) starts with an empty list.
    return Uni.createFrom()
        .deferred(
            () -> {
              List<Replacement> all = new ArrayList<>(batch.size());
              Uni<Void> chain = Uni.createFrom().voidItem();
              for (List<NewAnswers> chunk : Chunks.of(batch, ORGANISATIONS_PER_STATEMENT)) {
                chain =
                    chain.chain(
                        () -> replaceChunk(round, chunk).invoke(all::addAll).replaceWithVoid());
              }
              return chain.replaceWith(all);
            });
  }

  private Uni<List<Replacement>> replaceChunk(String round, List<NewAnswers> batch) {
    Map<String, Respondent> next = new HashMap<>();
    ArrayNode rows = json.createArrayNode();
    for (NewAnswers answers : batch) {
      Respondent respondent = answers.next();
      if (next.put(respondent.organisation(), respondent) != null) {
        throw new IllegalArgumentException("two entries for " + respondent.organisation());
      }
      ObjectNode row = rows.addObject();
      row.put("o", respondent.organisation());
      row.put("t", respondent.type());
      row.put("c", respondent.county());
      row.put("r", answers.revision());
      row.set("a", answers.answers());
      row.put("v", answers.acceptedAt() == null ? null : answers.acceptedAt().toString());
    }
    return NativeSql.rows(REPLACE_ALL_IF_NEWER, round, rows.toString())
        .map(
            result -> {
              List<Replacement> replacements = new ArrayList<>(result.size());
              for (Object[] row : result) {
                String organisation = (String) row[0];
                boolean stored = (Boolean) row[1];
                Respondent previous =
                    stored && row[2] != null
                        ? respondent(organisation, (String) row[3], (String) row[4], row[5])
                        : null;
                replacements.add(new Replacement(stored, previous, next.get(organisation)));
              }
              return replacements;
            });
  }

  /** Every stored respondent of a round. */
  public Uni<List<Respondent>> byRound(String round) {
    return NativeSql.rows(BY_ROUND, round)
        .map(
            rows ->
                rows.stream()
                    .map(
                        row ->
                            respondent((String) row[0], (String) row[1], (String) row[2], row[3]))
                    .toList());
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
