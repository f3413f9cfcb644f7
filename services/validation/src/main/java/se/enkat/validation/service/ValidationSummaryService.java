package se.enkat.validation.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.enkat.common.problem.ProblemException;
import se.enkat.validation.repository.PendingSubmissionRepository;
import se.enkat.validation.repository.RoundRepository;
import se.enkat.validation.repository.VerdictRepository;
import se.enkat.validation.repository.VerdictRepository.Count;
import se.enkat.validation.rest.ValidationSummary;
import se.enkat.validation.rest.ValidationSummary.QuestionCount;
import se.enkat.validation.rest.ValidationSummary.StatusCounts;

/** Summarises a round's verdicts for an administrator fixing confusing questions. */
@ApplicationScoped
public class ValidationSummaryService {

  static final int MOST_VIOLATED = 10;

  private final RoundRepository rounds;
  private final VerdictRepository verdicts;
  private final PendingSubmissionRepository pending;

  ValidationSummaryService(
      RoundRepository rounds, VerdictRepository verdicts, PendingSubmissionRepository pending) {
    this.rounds = rounds;
    this.verdicts = verdicts;
    this.pending = pending;
  }

  /** The summary; a 404 problem when no round.opened for this round has been received. */
  @WithSession
  public Uni<ValidationSummary> summary(String round) {
    return rounds
        .exists(round)
        .invoke(
            exists -> {
              if (!exists) {
                throw ProblemException.notFound("no round " + round + " is known to validation");
              }
            })
        .chain(ignored -> collect(round));
  }

  private Uni<ValidationSummary> collect(String round) {
    Builder summary = new Builder(round);
    return verdicts
        .countByStatus(round)
        .invoke(counts -> summary.byStatus = counts)
        .chain(() -> verdicts.countLatestByStatus(round))
        .invoke(counts -> summary.latestByStatus = counts)
        .chain(() -> pending.countForRound(round))
        .invoke(count -> summary.parked = count)
        .chain(() -> verdicts.countByCode(round))
        .invoke(counts -> summary.byCode = counts)
        .chain(() -> verdicts.countByQuestionAndCode(round))
        .map(summary::build);
  }

  static List<QuestionCount> mostViolated(List<Count> byQuestionAndCode, int limit) {
    Map<String, Map<String, Long>> byQuestion = new LinkedHashMap<>();
    byQuestionAndCode.forEach(
        c ->
            byQuestion
                .computeIfAbsent(c.key(), q -> new LinkedHashMap<>())
                .put(c.detail(), c.count()));
    List<QuestionCount> questions = new ArrayList<>();
    byQuestion.forEach(
        (question, codes) ->
            questions.add(
                new QuestionCount(
                    question, codes.values().stream().mapToLong(Long::longValue).sum(), codes)));
    return questions.stream()
        .sorted(
            Comparator.comparingLong(QuestionCount::violations)
                .reversed()
                .thenComparing(QuestionCount::question))
        .limit(limit)
        .toList();
  }

  /** Collects the separate counts, one query after the other on the same session. */
  private static final class Builder {
    private final String round;
    private Map<String, Long> byStatus;
    private Map<String, Long> latestByStatus;
    private long parked;
    private Map<String, Long> byCode;

    Builder(String round) {
      this.round = round;
    }

    ValidationSummary build(List<Count> byQuestionAndCode) {
      return new ValidationSummary(
          round,
          byStatus.getOrDefault("ACCEPTED", 0L),
          byStatus.getOrDefault("REJECTED", 0L),
          new StatusCounts(
              latestByStatus.getOrDefault("ACCEPTED", 0L),
              latestByStatus.getOrDefault("REJECTED", 0L)),
          parked,
          byCode,
          mostViolated(byQuestionAndCode, MOST_VIOLATED));
    }
  }
}
