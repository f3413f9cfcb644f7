package se.enkat.indicator.repository;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import se.enkat.indicator.rest.IndicatorDefinitionView;

/** Reads indicator definitions. */
@ApplicationScoped
public class IndicatorDefinitionRepository {

  private static final String BY_ROUND =
      "select indicator_id, cast(title as text), cast(description as text), focus_area,"
          + " numerator, denominator, kind from indicator_definition where round_id = ?1"
          + " order by created_at, indicator_id";

  private final ObjectMapper json;

  IndicatorDefinitionRepository(ObjectMapper json) {
    this.json = json;
  }

  @WithSession
  public Uni<List<IndicatorDefinitionView>> byRound(String roundId) {
    return Panache.getSession()
        .chain(
            session ->
                session
                    .createNativeQuery(BY_ROUND, Object[].class)
                    .setParameter(1, roundId)
                    .getResultList())
        .map(rows -> rows.stream().map(this::toView).toList());
  }

  private IndicatorDefinitionView toView(Object[] row) {
    return new IndicatorDefinitionView(
        (String) row[0],
        parse((String) row[1]),
        parse((String) row[2]),
        (String) row[3],
        (String) row[4],
        (String) row[5],
        (String) row[6]);
  }

  private JsonNode parse(String text) {
    try {
      return text == null ? null : json.readTree(text);
    } catch (java.io.IOException e) {
      throw new IllegalStateException("Stored JSON is unreadable", e);
    }
  }
}
