package se.enkat.validation.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.enkat.validation.rest.ValidationSummary;

/** Aggregate queries over verdicts. */
@ApplicationScoped
public class VerdictRepository {

  private static final String COUNT_BY_STATUS =
      "select status, count(*) from verdict where round_id = ?1 group by status";
  private static final String COUNT_BY_CODE =
      "select v ->> 'code', count(*) from verdict, jsonb_array_elements(violations) v"
          + " where round_id = ?1 group by 1 order by 2 desc, 1";
  private static final String COUNT_BY_QUESTION =
      "select v ->> 'question', count(*) from verdict, jsonb_array_elements(violations) v"
          + " where round_id = ?1 group by 1 order by 2 desc, 1 limit 10";

  @WithSession
  public Uni<ValidationSummary> summary(String roundId) {
    return Panache.getSession()
        .chain(
            session ->
                session
                    .createNativeQuery(COUNT_BY_STATUS, Object[].class)
                    .setParameter(1, roundId)
                    .getResultList()
                    .chain(
                        statuses ->
                            session
                                .createNativeQuery(COUNT_BY_CODE, Object[].class)
                                .setParameter(1, roundId)
                                .getResultList()
                                .chain(
                                    codes ->
                                        session
                                            .createNativeQuery(COUNT_BY_QUESTION, Object[].class)
                                            .setParameter(1, roundId)
                                            .getResultList()
                                            .map(
                                                questions ->
                                                    toSummary(
                                                        roundId, statuses, codes, questions)))));
  }

  private static ValidationSummary toSummary(
      String roundId, List<Object[]> statuses, List<Object[]> codes, List<Object[]> questions) {
    Map<String, Long> byStatus = toMap(statuses);
    return new ValidationSummary(
        roundId,
        byStatus.getOrDefault("ACCEPTED", 0L),
        byStatus.getOrDefault("REJECTED", 0L),
        toMap(codes),
        questions.stream()
            .map(
                row ->
                    new ValidationSummary.QuestionCount(
                        (String) row[0], ((Number) row[1]).longValue()))
            .toList());
  }

  private static Map<String, Long> toMap(List<Object[]> rows) {
    Map<String, Long> map = new LinkedHashMap<>();
    rows.forEach(row -> map.put((String) row[0], ((Number) row[1]).longValue()));
    return map;
  }
}
