package se.enkat.collection.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import se.enkat.collection.domain.Organisation;
import se.enkat.collection.domain.SurveyRound;
import se.enkat.collection.repository.OrganisationRepository;

/** Maps rounds to what the API shows, and resolves a round's population from the register. */
@ApplicationScoped
public class RoundViews {

  private final OrganisationRepository organisations;
  private final JsonCodec json;

  RoundViews(OrganisationRepository organisations, JsonCodec json) {
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
        round.closedAt);
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
