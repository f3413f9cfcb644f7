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
    Questionnaire previous = PreviousYear.questionnaire2024();
    Questionnaire questionnaire = PreviousYear.questionnaire2025();
    say(
        "1/7 uploading questionnaires %s v%d and %s v%d (%s reworded in 2025, mapped as a break"
            + " in its series)",
        previous.id(),
        previous.version(),
        questionnaire.id(),
        questionnaire.version(),
        PreviousYear.REWORDED);
    admin.upload(previous);
    admin.upload(questionnaire);

    Map<String, String> names = new LinkedHashMap<>();
    List<Organisation> invited = invited(names);
    DemoPlan plan =
        settings.full2025()
            ? DemoPlan.for2025(questionnaire, invited)
            : DemoPlan.create(questionnaire, invited, settings.responding(), settings.seed());
    accounts(invited, names);

    String round2024 = playPreviousYear(previous, plan);

    String round = admin.freeRoundId(settings.roundId());
    say(
        "4/7 the 2025 round: creating %s for %d organisations (%d regions, %d municipalities),"
            + " opening it, defining the composites and the %d development indicators",
        round,
        invited.size(),
        plan.invitedOf(OrganisationType.REGION),
        plan.invitedOf(OrganisationType.MUNICIPALITY),
        DevelopmentIndicators.ALL.size());
    admin.createRound(round, questionnaire, population(), 2025);
    admin.open(round);
    admin.defineComposites(round, settings.timeout());
    admin.defineDevelopmentIndicators(round, settings.timeout());

    say(
        "5/7 %d respondents answer (%d save a draft first, %d revise, %d submit something invalid"
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
    JsonNode silent = admin.organisationsIn(round, "SILENT");
    long silentMunicipalities = 0;
    for (JsonNode row : silent) {
      if ("MUNICIPALITY".equals(row.path("organisation").path("type").asText())) {
        silentMunicipalities++;
      }
    }
    say(
        "    silent (GET /api/v1/rounds/%s/progress/organisations?state=SILENT): %d organisations,"
            + " %d of them municipalities",
        round, silent.size(), silentMunicipalities);

    say("6/7 closing the round, waiting for final values, creating and publishing release 1");
    admin.close(round);
    String releaseId = admin.createRelease(round, settings.timeout());
    JsonNode release = admin.publish(releaseId);
    say(
        "    release %s version %s %s",
        releaseId, release.path("version").asText(), release.path("status").asText());

    Map<String, PublishedValue> values = published.nationalValues(round, settings.timeout());
    List<ResponseRate> rates = published.responseRate(round);
    long seconds = (System.nanoTime() - started) / 1_000_000_000L;
    say("7/7 the published figures (round %s, after %d s)", round, seconds);
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
    out.println();
    YearOverYear years = new YearOverYear(api, tokens, settings.gatewayUrl());
    List<YearOverYear.Row> yearOverYear = years.rows(round2024, round);
    YearOverYear.print(out, yearOverYear);
    long combinedN = years.combinedN(round, "patient.views");
    out.printf(
        "Kommuner och stadsdelar (municipalities and city districts together, as the agency"
            + " publishes them): n = %d in 2025 (patient.views, national)%n",
        combinedN);
    Path dir = settings.outputDir();
    List<Path> files = published.download(round, dir);
    out.println();
    out.println("Files (values and answers of release 1):");
    files.forEach(f -> out.println("  " + f));
    printApi(round);
    return new DemoResult(
        round,
        releaseId,
        plan,
        outcomes,
        values,
        rates,
        files,
        report.mismatches(),
        seconds,
        round2024,
        yearOverYear,
        combinedN);
  }

  /** The 2024 round: the same organisations answer (some answers differ), and it is published. */
  private String playPreviousYear(Questionnaire previous, DemoPlan plan2025) {
    DemoPlan plan = PreviousYear.plan2024(plan2025, previous);
    String round = admin.freeRoundId(previousRoundId(settings.roundId()));
    say(
        "3/7 the 2024 round %s: %d respondents answer once, %d stay silent; close, release 1,"
            + " publish",
        round, plan.respondents().size(), plan.silent().size());
    admin.createRound(round, previous, population(), 2024);
    admin.open(round);
    admin.defineComposites(round, settings.timeout());
    admin.defineDevelopmentIndicators(round, settings.timeout());
    ProgressBar bar =
        new ProgressBar(out, settings.terminal(), "accepted", plan.respondents().size());
    new Respondents(api, tokens, settings.gatewayUrl(), round, settings.timeout())
        .run(plan.respondents(), settings.threads(), bar);
    admin.close(round);
    JsonNode release = admin.publish(admin.createRelease(round, settings.timeout()));
    say(
        "    2024 release version %s %s",
        release.path("version").asText(), release.path("status").asText());
    return round;
  }

  /** The 2024 round's id beside the 2025 one: {@code …-2025} becomes {@code …-2024}. */
  static String previousRoundId(String roundId) {
    return roundId.contains("2025") ? roundId.replace("2025", "2024") : roundId + "-2024";
  }

  private Map<String, Object> population() {
    return settings.organisations() == null
        ? RoundAdmin.populationOfTypes(List.of("REGION", "MUNICIPALITY"))
        : RoundAdmin.populationOf(settings.organisations());
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
                () -> {
                  boolean made =
                      accounts.ensureRespondent(organisation, names.get(organisation.code()));
                  // reminders go to the organisation's contacts: its demo account's address
                  admin.contact(
                      organisation.code(),
                      KeycloakAccounts.username(organisation) + "@example.invalid",
                      "Demo " + names.getOrDefault(organisation.code(), organisation.code()));
                  return made;
                }));
      }
      int count = 0;
      for (Future<Boolean> future : created) {
        count += future.get() ? 1 : 0;
      }
      say(
          "2/7 respondent accounts resp-<code> (password %s): %d created, %d already there;"
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
