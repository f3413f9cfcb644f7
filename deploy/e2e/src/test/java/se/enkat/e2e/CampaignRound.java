package se.enkat.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import se.enkat.demo.Api;
import se.enkat.demo.DemoPlan;
import se.enkat.demo.KeycloakAccounts;
import se.enkat.demo.RespondentScript;
import se.enkat.demo.RoundAdmin;
import se.enkat.demo.Tokens;
import se.enkat.questionnaire.Questionnaires;
import se.enkat.questionnaire.eval.Organisation;
import se.enkat.questionnaire.model.OrganisationType;
import se.enkat.questionnaire.model.Questionnaire;

/**
 * An open 2025 round for the first regions and municipalities by code, set up through the gateway
 * as the demo does (questionnaire, respondent accounts in Keycloak, round created and opened), with
 * four valid answer sets per organisation from the demo's generator.
 */
final class CampaignRound {

  final E2eHttp http;
  final Api api = new Api();
  final Tokens tokens;
  final RoundAdmin admin;
  final Questionnaire questionnaire = Questionnaires.patientsakerhet2025();
  final String id;
  final List<Organisation> invited;
  final Map<String, List<JsonNode>> answerSets;

  CampaignRound(E2eHttp http, String name, int regions, int municipalities) {
    this.http = http;
    this.tokens = new Tokens(api, http.stack().keycloakUrl());
    this.admin = new RoundAdmin(api, tokens, http.gateway());
    admin.upload(questionnaire);
    Map<OrganisationType, Integer> wanted =
        Map.of(OrganisationType.REGION, regions, OrganisationType.MUNICIPALITY, municipalities);
    this.invited = population(wanted);
    accounts(new KeycloakAccounts(api, tokens, http.stack().keycloakUrl(), "admin", "admin"));
    this.id = name + "-" + Instant.now().getEpochSecond();
    admin.createRound(
        id,
        questionnaire,
        RoundAdmin.populationOf(invited.stream().map(Organisation::code).toList()),
        java.time.LocalDate.now().getYear());
    admin.open(id);
    this.answerSets = answerSets(wanted);
  }

  Map<String, OrganisationType> types() {
    Map<String, OrganisationType> types = new LinkedHashMap<>();
    invited.forEach(organisation -> types.put(organisation.code(), organisation.type()));
    return types;
  }

  private List<Organisation> population(Map<OrganisationType, Integer> wanted) {
    List<Organisation> population = new ArrayList<>();
    wanted.forEach(
        (type, count) -> {
          List<Organisation> ofType = new ArrayList<>();
          for (JsonNode organisation : admin.organisations(type.name())) {
            ofType.add(
                new Organisation(
                    organisation.path("code").asText(),
                    type,
                    organisation.path("county").asText()));
          }
          ofType.sort(Comparator.comparing(Organisation::code));
          population.addAll(ofType.subList(0, count));
        });
    return population;
  }

  private void accounts(KeycloakAccounts accounts) {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> created = new ArrayList<>();
      invited.forEach(
          organisation ->
              created.add(pool.submit(() -> accounts.ensureRespondent(organisation, null))));
      for (Future<Boolean> future : created) {
        future.get();
      }
    } catch (Exception e) {
      throw new IllegalStateException("could not create the respondents' accounts", e);
    } finally {
      pool.shutdownNow();
    }
  }

  private Map<String, List<JsonNode>> answerSets(Map<OrganisationType, Integer> wanted) {
    Map<String, List<JsonNode>> sets = new LinkedHashMap<>();
    for (long seed = 1; seed <= 4; seed++) {
      for (RespondentScript respondent :
          DemoPlan.create(questionnaire, invited, wanted, seed).respondents()) {
        sets.computeIfAbsent(respondent.organisation().code(), code -> new ArrayList<>())
            .add(Api.JSON.valueToTree(respondent.finalAnswers()));
      }
    }
    return sets;
  }
}
