package se.enkat.indicator.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.enkat.indicator.domain.IndicatorDefinition;
import se.enkat.messaging.sql.NativeSql;

/** Indicator definitions per round, in the order they were defined. */
@ApplicationScoped
public class IndicatorDefinitionRepository {

  private static final String INSERT =
      "insert into indicator_definition (round_id, indicator_id, kind, title, description,"
          + " focus_area, numerator, denominator, direction, source_questions, categories,"
          + " position)"
          + " select ?1, d.id, d.kind, d.title, d.description, d.focus_area, d.numerator,"
          + " d.denominator, d.direction, d.source_questions, d.categories,"
          + " d.position + coalesce((select max(position) + 1 from indicator_definition"
          + " where round_id = ?1), 0)"
          + " from jsonb_to_recordset(cast(cast(?2 as text) as jsonb)) as d(id text, kind text,"
          + " title jsonb, description jsonb, focus_area text, numerator text, denominator text,"
          + " direction text, source_questions jsonb, categories jsonb, position integer)"
          + " on conflict do nothing returning indicator_id, position";

  private static final String BY_ROUND =
      "select indicator_id, kind, cast(title as text), cast(description as text), focus_area,"
          + " numerator, denominator, direction, cast(source_questions as text),"
          + " cast(categories as text) from indicator_definition where round_id = ?1"
          + " order by position";

  private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};
  private static final TypeReference<List<IndicatorDefinition.Category>> CATEGORIES =
      new TypeReference<>() {};

  private final ObjectMapper json;

  IndicatorDefinitionRepository(ObjectMapper json) {
    this.json = json;
  }

  /**
   * Stores definitions after the round's existing ones; an id the round already has is left as it
   * was. Emits the ids that were stored.
   */
  public Uni<List<String>> insertNew(String round, List<IndicatorDefinition> definitions) {
    if (definitions.isEmpty()) {
      return Uni.createFrom().item(List.of());
    }
    List<Map<String, Object>> rows = new ArrayList<>();
    for (int i = 0; i < definitions.size(); i++) {
      rows.add(row(definitions.get(i), i));
    }
    return NativeSql.rows(INSERT, round, write(rows))
        .map(result -> result.stream().map(r -> (String) r[0]).toList());
  }

  public Uni<List<IndicatorDefinition>> byRound(String round) {
    return NativeSql.rows(BY_ROUND, round)
        .map(rows -> rows.stream().map(this::toDefinition).toList());
  }

  private Map<String, Object> row(IndicatorDefinition d, int position) {
    Map<String, Object> row = new HashMap<>();
    row.put("id", d.id());
    row.put("kind", d.kind().name());
    row.put("title", d.title());
    row.put("description", d.description());
    row.put("focus_area", d.focusArea());
    row.put("numerator", d.numerator());
    row.put("denominator", d.denominator());
    row.put("direction", d.direction() == null ? null : d.direction().name());
    row.put("source_questions", d.sourceQuestions());
    row.put("categories", d.categories());
    row.put("position", position);
    return row;
  }

  private IndicatorDefinition toDefinition(Object[] row) {
    return new IndicatorDefinition(
        (String) row[0],
        IndicatorDefinition.Kind.valueOf((String) row[1]),
        read((String) row[2]),
        read((String) row[3]),
        (String) row[4],
        (String) row[5],
        (String) row[6],
        row[7] == null ? null : IndicatorDefinition.Direction.valueOf((String) row[7]),
        read((String) row[8], STRINGS),
        read((String) row[9], CATEGORIES));
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("definitions cannot be written as JSON", e);
    }
  }

  private JsonNode read(String text) {
    return text == null ? null : read(text, new TypeReference<JsonNode>() {});
  }

  private <T> T read(String text, TypeReference<T> type) {
    try {
      return json.readValue(text, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored definition is unreadable", e);
    }
  }
}
