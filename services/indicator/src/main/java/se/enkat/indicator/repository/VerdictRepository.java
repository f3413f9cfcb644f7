package se.enkat.indicator.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.enkat.messaging.sql.NativeSql;

/** The verdicts applied per round, once per revision, whatever event ids they came with. */
@ApplicationScoped
public class VerdictRepository {

  // One statement per batch: the verdicts travel as one JSON array. A verdict recorded before
  // (or twice in the batch) is skipped; the update count is the number of new ones.
  private static final String RECORD_ALL =
      "insert into applied_verdict (round_id, organisation, revision, outcome)"
          + " select ?1, v.o, v.r, v.x"
          + " from jsonb_to_recordset(cast(cast(?2 as text) as jsonb))"
          + " as v(o text, r integer, x text)"
          + " order by v.o, v.r on conflict do nothing";

  /** A revision's verdict: ACCEPTED or REJECTED. */
  public record Outcome(String organisation, int revision, String outcome) {}

  private final ObjectMapper json;

  VerdictRepository(ObjectMapper json) {
    this.json = json;
  }

  /** Records the verdicts of one round; emits how many had not been recorded before. */
  public Uni<Integer> recordAll(String round, List<Outcome> outcomes) {
    if (outcomes.isEmpty()) {
      return Uni.createFrom().item(0);
    }
    List<Map<String, Object>> rows = new ArrayList<>(outcomes.size());
    for (Outcome o : outcomes) {
      rows.add(Map.of("o", o.organisation(), "r", o.revision(), "x", o.outcome()));
    }
    try {
      return NativeSql.update(RECORD_ALL, round, json.writeValueAsString(rows));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("verdicts cannot be written as JSON", e);
    }
  }
}
