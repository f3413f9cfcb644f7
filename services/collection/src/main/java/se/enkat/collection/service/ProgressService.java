package se.enkat.collection.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import se.enkat.collection.domain.Organisation;
import se.enkat.collection.domain.RoundStatus;
import se.enkat.collection.domain.SurveyRound;
import se.enkat.collection.repository.ProgressRepository;
import se.enkat.collection.rest.ProgressView;
import se.enkat.collection.rest.ProgressView.TypeProgress;

/** How far a round has come, per organisation type: invited, submitted, accepted, rejected. */
@ApplicationScoped
public class ProgressService {

  private final RoundService rounds;
  private final RoundViews views;
  private final ProgressRepository progress;

  ProgressService(RoundService rounds, RoundViews views, ProgressRepository progress) {
    this.rounds = rounds;
    this.views = views;
    this.progress = progress;
  }

  /** A round's progress; for a DRAFT round, who would be invited if it opened now. */
  @WithSession
  public Uni<ProgressView> of(String id) {
    return rounds
        .existing(id)
        .chain(round -> round.status == RoundStatus.DRAFT ? preview(round) : counted(round));
  }

  private Uni<ProgressView> counted(SurveyRound round) {
    return progress
        .ofRound(round.id)
        .map(
            rows ->
                view(
                    round,
                    rows.stream()
                        .map(
                            r ->
                                TypeProgress.of(
                                    r.type(),
                                    r.invited(),
                                    r.submitted(),
                                    r.accepted(),
                                    r.rejected()))
                        .toList()));
  }

  private Uni<ProgressView> preview(SurveyRound round) {
    return views
        .population(round)
        .map(
            population -> {
              Map<String, Long> byType =
                  population.stream()
                      .collect(
                          Collectors.groupingBy(
                              (Organisation o) -> o.type, TreeMap::new, Collectors.counting()));
              return view(
                  round,
                  byType.entrySet().stream()
                      .map(e -> TypeProgress.of(e.getKey(), e.getValue(), 0, 0, 0))
                      .toList());
            });
  }

  private static ProgressView view(SurveyRound round, List<TypeProgress> types) {
    TypeProgress total =
        types.stream().reduce(TypeProgress.of(null, 0, 0, 0, 0), TypeProgress::plus);
    return new ProgressView(round.id, round.status.name(), types, total);
  }
}
