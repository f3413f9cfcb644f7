package se.enkat.collection.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import se.enkat.collection.domain.Extension;
import se.enkat.collection.domain.Organisation;
import se.enkat.collection.domain.SurveyRound;
import se.enkat.collection.repository.ExtensionRepository;
import se.enkat.collection.repository.OrganisationRepository;
import se.enkat.collection.rest.NewRound;
import se.enkat.collection.rest.RoundView;

/** Maps rounds to what the API shows, and resolves a round's population from the register. */
@ApplicationScoped
public class RoundViews {

  private final OrganisationRepository organisations;
  private final JsonCodec json;
  private final ExtensionRepository extensions;

  RoundViews(OrganisationRepository organisations, JsonCodec json, ExtensionRepository extensions) {
    this.extensions = extensions;
    this.organisations = organisations;
    this.json = json;
  }

  RoundView view(SurveyRound round) {
    return new RoundView(
        round.id,
        json.read(round.title),
        new NewRound.QuestionnaireRef(round.questionnaireId, round.questionnaireVersion),
        json.read(round.population),
        round.opensAt,
        round.closesAt,
        round.status.name(),
        round.createdAt,
        round.openedAt,
        round.closedAt,
        new NewRound.Schedule(round.autoOpen, round.autoClose),
        null);
  }

  /**
   * The round with its extensions: an administrator sees them all; a respondent the round-wide ones
   * and its own organisation's, and as {@code closesAt} the date that applies to it.
   */
  Uni<RoundView> full(SurveyRound round, Caller caller) {
    return extensions
        .ofRound(round.id)
        .map(
            all -> {
              if (caller.admin()) {
                return view(round).with(all, round.closesAt);
              }
              List<Extension> own =
                  all.stream()
                      .filter(
                          e ->
                              e.organisation() == null
                                  || e.organisation().equals(caller.organisation()))
                      .toList();
              return view(round).with(own, closesAtFor(round, own));
            });
  }

  /** The latest of the round's closing date and the organisation's latest extension. */
  static java.time.LocalDate closesAtFor(SurveyRound round, List<Extension> ownAndRoundWide) {
    java.time.LocalDate latest = round.closesAt;
    for (Extension e : ownAndRoundWide) {
      if (e.organisation() != null && e.closesAt().isAfter(latest)) {
        latest = e.closesAt();
      }
    }
    return latest;
  }

  /** The organisations a round's population names, as the register has them now. */
  Uni<List<Organisation>> population(SurveyRound round) {
    JsonNode population = json.read(round.population);
    List<String> values = new ArrayList<>();
    boolean byType = population.has("types");
    population.path(byType ? "types" : "organisations").forEach(v -> values.add(v.asText()));
    return byType ? organisations.ofTypes(values) : organisations.withCodes(values);
  }
}
