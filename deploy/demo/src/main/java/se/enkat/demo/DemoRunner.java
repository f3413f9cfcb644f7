package se.enkat.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import se.enkat.questionnaire.Questionnaires;
import se.enkat.questionnaire.eval.Organisation;
import se.enkat.questionnaire.model.OrganisationType;
import se.enkat.questionnaire.model.Questionnaire;

/**
 * The whole life of a survey round through the gateway, with real tokens: questionnaire, round,
 * respondent accounts, submissions (drafts, revisions, rejections), close, release, publish, and
 * the published figures beside the seed's.
 */
public final class DemoRunner {

  private final DemoSettings settings;
  private final PrintStream out;
  private final Api api = new Api();
  private final Tokens tokens;
  private final RoundAdmin admin;
  private final Published published;
  private long started = System.nanoTime();

  public DemoRunner(DemoSettings settings) {
    this.settings = settings;
    this.out = settings.out();
    this.tokens = new Tokens(api, settings.keycloakUrl());
    this.admin = new RoundAdmin(api, tokens, settings.gatewayUrl());
    this.published = new Published(api, tokens, settings.gatewayUrl());
  }

  public DemoResult run() {
    started = System.nanoTime();
    Questionnaire questionnaire = Questionnaires.patientsakerhet2025();
    say("1/6 uploading questionnaire %s v%d", questionnaire.id(), questionnaire.version());
    admin.upload(questionnaire);

    Map<String, String> names = new LinkedHashMap<>();
    List<Organisation> invited = invited(names);
    DemoPlan plan =
        settings.full2025()
            ? DemoPlan.for2025(questionnaire, invited)
            : DemoPlan.create(questionnaire, invited, settings.responding(), settings.seed());
    String round = admin.freeRoundId(settings.roundId());
    say(
        "2/6 creating round %s for %d organisations (%d regions, %d municipalities) and opening it",
        round,
        invited.size(),
        plan.invitedOf(OrganisationType.REGION),
        plan.invitedOf(OrganisationType.MUNICIPALITY));
    admin.createRound(
        round,
        questionnaire,
        settings.organisations() == null
            ? RoundAdmin.populationOfTypes(List.of("REGION", "MUNICIPALITY"))
            : RoundAdmin.populationOf(settings.organisations()));
    admin.open(round);
    admin.defineComposites(round, settings.timeout());

    accounts(invited, names);

    say(
        "4/6 %d respondents answer (%d save a draft first, %d revise, %d submit something invalid"
            + " first); %d stay silent",
        plan.respondents().size(),
        plan.respondents().stream().filter(RespondentScript::savesDraft).count(),
        plan.respondents().stream().filter(RespondentScript::revises).count(),
        plan.respondents().stream().filter(RespondentScript::submitsInvalidFirst).count(),
        plan.silent().size());
    ProgressBar bar =
        new ProgressBar(out, settings.terminal(), "accepted", plan.respondents().size());
    List<RespondentOutcome> outcomes =
        new Respondents(api, tokens, settings.gatewayUrl(), round, settings.timeout())
            .run(plan.respondents(), settings.threads(), bar);
    for (RespondentOutcome outcome : outcomes) {
      for (String rejection : outcome.rejections()) {
        say(
            "    %s %s; fixed, revision %d ACCEPTED",
            outcome.organisation(), rejection, outcome.acceptedRevision());
      }
    }
    JsonNode progress = admin.progress(round);
    say("    progress: %s", progressLine(progress));

    say("5/6 closing the round, waiting for final values, creating and publishing release 1");
    admin.close(round);
    String releaseId = admin.createRelease(round, settings.timeout());
    JsonNode release = admin.publish(releaseId);
    say(
        "    release %s version %s %s",
        releaseId, release.path("version").asText(), release.path("status").asText());

    Map<String, PublishedValue> values = published.nationalValues(round, settings.timeout());
    List<ResponseRate> rates = published.responseRate(round);
    long seconds = (System.nanoTime() - started) / 1_000_000_000L;
    say("6/6 the published figures (round %s, after %d s)", round, seconds);
    out.println();
    Report report = new Report(plan, values, settings.full2025());
    report.printResponseRate(out, rates);
    report.printTable(out);
    if (report.mismatches() == 0) {
      out.printf(
          "Every published numerator and denominator above equals the count over the accepted"
              + " answers (%d figures).%n",
          report.cells().size());
    } else {
      out.printf(
          "%d published figures differ from the accepted answers (marked X).%n",
          report.mismatches());
    }
    Path dir = settings.outputDir();
    List<Path> files = published.download(round, dir);
    out.println();
    out.println("Files (values and answers of release 1):");
    files.forEach(f -> out.println("  " + f));
    printApi(round);
    return new DemoResult(
        round, releaseId, plan, outcomes, values, rates, files, report.mismatches(), seconds);
  }

  private List<Organisation> invited(Map<String, String> names) {
    List<Organisation> invited = new ArrayList<>();
    for (String type : List.of("REGION", "MUNICIPALITY")) {
      for (JsonNode organisation : admin.organisations(type)) {
        String code = organisation.path("code").asText();
        if (settings.organisations() == null || settings.organisations().contains(code)) {
          invited.add(
              new Organisation(
                  code, OrganisationType.valueOf(type), organisation.path("county").asText()));
          names.put(code, organisation.path("name").asText());
        }
      }
    }
    if (settings.organisations() != null && invited.size() != settings.organisations().size()) {
      throw new DemoException(
          "the gateway knows only " + invited.size() + " of " + settings.organisations());
    }
    return invited;
  }

  /** Respondent users for every invited organisation (existing ones are kept), in parallel. */
  private void accounts(List<Organisation> invited, Map<String, String> names) {
    KeycloakAccounts accounts =
        new KeycloakAccounts(
            api,
            tokens,
            settings.keycloakUrl(),
            settings.keycloakAdminUser(),
            settings.keycloakAdminPassword());
    boolean dashboardCreated = accounts.ensureDashboardClient();
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(4, settings.threads()));
    try {
      List<Future<Boolean>> created = new ArrayList<>();
      for (Organisation organisation : invited) {
        created.add(
            pool.submit(
                () -> accounts.ensureRespondent(organisation, names.get(organisation.code()))));
      }
      int count = 0;
      for (Future<Boolean> future : created) {
        count += future.get() ? 1 : 0;
      }
      say(
          "3/6 respondent accounts resp-<code> (password %s): %d created, %d already there;"
              + " dashboard client %s",
          Tokens.DEMO_PASSWORD,
          count,
          invited.size() - count,
          dashboardCreated ? "created" : "present");
    } catch (java.util.concurrent.ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r
          ? r
          : new DemoException("creating accounts failed: " + e.getCause(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DemoException("interrupted", e);
    } finally {
      pool.shutdownNow();
    }
  }

  private static String progressLine(JsonNode progress) {
    List<String> parts = new ArrayList<>();
    for (JsonNode type : progress.path("types")) {
      parts.add(
          type.path("type").asText()
              + " "
              + type.path("accepted").asText()
              + "/"
              + type.path("invited").asText()
              + " accepted");
    }
    return String.join(", ", parts);
  }

  private void printApi(String round) {
    out.println();
    out.println("Published API (role dashboard):");
    for (String resource :
        List.of(
            "indicators",
            "values?level=national",
            "values?format=xlsx",
            "answers",
            "response-rate")) {
      out.println("  " + published.url(round, resource));
    }
    out.println();
    out.println("A dashboard token and a call with it:");
    out.println(
        "  TOKEN=$(curl -s -d grant_type=client_credentials -d client_id="
            + Tokens.DASHBOARD_CLIENT
            + " -d client_secret="
            + Tokens.DASHBOARD_SECRET
            + " "
            + settings.keycloakUrl()
            + "/realms/enkat/protocol/openid-connect/token | sed -E"
            + " 's/.*\"access_token\":\"([^\"]+)\".*/\\1/')");
    out.println(
        "  curl -H \"Authorization: Bearer $TOKEN\" \""
            + published.url(round, "values?level=national&indicator=patient.views")
            + "\"");
  }

  private void say(String format, Object... args) {
    long seconds = (System.nanoTime() - started) / 1_000_000_000L;
    out.println(
        String.format(java.util.Locale.ROOT, "[%3d s] ", seconds)
            + String.format(java.util.Locale.ROOT, format, args));
    out.flush();
  }
}
