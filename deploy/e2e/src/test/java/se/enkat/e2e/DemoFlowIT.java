package se.enkat.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static se.enkat.questionnaire.model.OrganisationType.MUNICIPALITY;
import static se.enkat.questionnaire.model.OrganisationType.REGION;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.enkat.demo.DemoResult;
import se.enkat.demo.DemoRunner;
import se.enkat.demo.DemoSettings;
import se.enkat.demo.DevelopmentIndicators;
import se.enkat.demo.PublishedValue;
import se.enkat.demo.RespondentOutcome;
import se.enkat.demo.ResponseRate;
import se.enkat.demo.SeedFigures;
import se.enkat.demo.SeedRow;
import se.enkat.demo.Tally;
import se.enkat.demo.YearOverYear;
import se.enkat.questionnaire.model.OrganisationType;
import se.enkat.stack.StackConfig;
import se.enkat.stack.StackPort;

/**
 * {@code ./enkat demo}'s flow for a small population (3 regions, 6 municipalities of which 5
 * answer) through the gateway with real Keycloak tokens: accounts created through Keycloak's admin
 * API, drafts, revisions, rejected-then-fixed submissions, close, release, publish; then every
 * published figure is checked against the accepted answers.
 */
class DemoFlowIT {

  private static final List<String> POPULATION =
      List.of("03", "09", "23", "0114", "0180", "0380", "0581", "0980", "2584");

  private static DemoResult result;

  @BeforeAll
  static void runTheDemoFlow() {
    StackConfig stack = E2eStack.get();
    DemoSettings settings =
        DemoSettings.full2025(
                stack.serviceUrl(StackPort.GATEWAY),
                stack.keycloakUrl(),
                Path.of("target", "demo-output").toAbsolutePath())
            .withPopulation("e2e-demo", POPULATION, Map.of(REGION, 3, MUNICIPALITY, 5))
            .withOutput(System.out, false);
    result = new DemoRunner(settings).run();
  }

  @Test
  void everyPublishedNumeratorAndDenominatorIsTheCountOverTheAcceptedAnswers() {
    int checked = 0;
    for (SeedRow row : SeedFigures.rows()) {
      for (OrganisationType type : List.of(REGION, MUNICIPALITY)) {
        Tally.Count expected = Tally.count(result.plan(), row, type);
        PublishedValue published =
            result.values().get(row.indicator() + "|" + type + "|" + nullToEmpty(row.category()));
        String what = row.indicator() + " " + row.category() + " " + type;
        assertThat(published).as(what).isNotNull();
        assertThat(published.numerator()).as(what).isEqualTo(expected.numerator());
        assertThat(published.denominator()).as(what).isEqualTo(expected.denominator());
        checked++;
      }
    }
    assertThat(checked).isEqualTo(2 * SeedFigures.rows().size());
    assertThat(result.consistent()).isTrue();
  }

  @Test
  void sharesAreOverEveryRespondentAndFollowUpsOverThoseWhoAnsweredTheParentYes() {
    long regionsSayingYes =
        result.plan().respondents().stream()
            .filter(r -> r.organisation().type() == REGION)
            .filter(r -> "yes".equals(r.finalAnswers().get("plan.exists")))
            .count();

    assertThat(result.values().get("patient.views|REGION|").denominator()).isEqualTo(3);
    assertThat(result.values().get("patient.views|MUNICIPALITY|").denominator()).isEqualTo(5);
    assertThat(
            result
                .values()
                .get("composite.training.intro.licensed.management_system|MUNICIPALITY|")
                .denominator())
        .isEqualTo(5);
    assertThat(result.values().get("plan.level|REGION|political").denominator())
        .isEqualTo(regionsSayingYes);
  }

  @Test
  void theResponseRateCountsAcceptedRespondentsOverInvitedOnes() {
    assertThat(result.responseRate())
        .extracting(ResponseRate::type, ResponseRate::invited, ResponseRate::answered)
        .contains(
            org.assertj.core.groups.Tuple.tuple("REGION", 3L, 3L),
            org.assertj.core.groups.Tuple.tuple("MUNICIPALITY", 6L, 5L));
    assertThat(
            result.responseRate().stream()
                .filter(r -> r.type().equals("MUNICIPALITY"))
                .findFirst()
                .orElseThrow()
                .percent())
        .isEqualTo("83.3");
  }

  @Test
  void rejectedSubmissionsWereFixedAndEveryFinalRevisionAccepted() {
    assertThat(result.outcomes()).hasSize(8).allMatch(o -> o.acceptedRevision() >= 1);
    long fixed = result.outcomes().stream().mapToLong(o -> o.rejections().size()).sum();
    assertThat(fixed).isGreaterThanOrEqualTo(3);
    assertThat(result.outcomes())
        .filteredOn(o -> !o.rejections().isEmpty())
        .extracting(RespondentOutcome::acceptedRevision)
        .allMatch(revision -> revision >= 2);
  }

  @Test
  void everyDevelopmentIndicatorIsPublishedForBothYearsWithBothN() {
    assertThat(result.previousRoundId()).isEqualTo("e2e-demo-2024");
    assertThat(result.yearOverYear()).hasSize(2 * DevelopmentIndicators.ALL.size());
    assertThat(result.yearOverYearComplete()).isTrue();
    for (YearOverYear.Row row : result.yearOverYear()) {
      String what = row.indicator().id() + " " + row.type();
      long respondents = result.plan().respondentsOf(row.type());
      // every development indicator counts over every respondent of the type, both years
      assertThat(row.before().denominator()).as(what).isEqualTo(respondents);
      assertThat(row.after().denominator()).as(what).isEqualTo(respondents);
      assertThat(row.before().year()).isEqualTo(2024);
      assertThat(row.after().year()).isEqualTo(2025);
      boolean reworded = row.indicator().chain().contains("risk.rapid_change");
      assertThat(row.seriesBreak()).as(what).isEqualTo(reworded);
      assertThat(row.percentagePoints() == null).as(what).isEqualTo(reworded);
    }
    // the published 2025 value of a development indicator is the seed's composite, cell by cell
    YearOverYear.Row intro =
        result.yearOverYear().stream()
            .filter(r -> r.indicator().id().equals("dev.training.intro.licensed"))
            .filter(r -> r.type() == MUNICIPALITY)
            .findFirst()
            .orElseThrow();
    PublishedValue composite =
        result.values().get("composite.training.intro.licensed.management_system|MUNICIPALITY|");
    assertThat(intro.after().numerator()).isEqualTo(composite.numerator());
    assertThat(intro.after().denominator()).isEqualTo(composite.denominator());
    // municipalities and city districts together: the 5 answering municipalities (no districts)
    assertThat(result.combinedGroupN()).isEqualTo(5);
  }

  @Test
  void theAnswersWorkbookHasOneRowPerAnsweringOrganisation() throws Exception {
    Path answers = file("-answers.xlsx");
    try (InputStream in = Files.newInputStream(answers);
        ReadableWorkbook workbook = new ReadableWorkbook(in)) {
      Sheet sheet = workbook.getFirstSheet();
      List<Row> rows;
      try (Stream<Row> stream = sheet.openStream()) {
        rows = stream.toList();
      }
      assertThat(rows).hasSize(1 + 8); // a header and the 8 organisations that answered
    }
  }

  @Test
  void theValuesWorkbookHasAsManyRowsAsTheValuesCsv() throws Exception {
    long csvRows;
    try (Stream<String> lines = Files.lines(file("-values.csv"))) {
      csvRows = lines.filter(line -> !line.isBlank()).count();
    }
    try (InputStream in = Files.newInputStream(file("-values.xlsx"));
        ReadableWorkbook workbook = new ReadableWorkbook(in)) {
      long xlsxRows;
      try (Stream<Row> stream = workbook.getFirstSheet().openStream()) {
        xlsxRows = stream.count();
      }
      assertThat(xlsxRows).isEqualTo(csvRows).isGreaterThan(2L * SeedFigures.rows().size());
    }
  }

  private static Path file(String suffix) {
    return result.files().stream()
        .filter(f -> f.getFileName().toString().endsWith(suffix))
        .findFirst()
        .orElseThrow();
  }

  private static String nullToEmpty(String value) {
    return value == null ? "" : value;
  }

  @Test
  void theProgressListShowsExactlyTheSilentOrganisationsAsSilentAndTheirContacts() {
    StackConfig stack = E2eStack.get();
    E2eHttp http = new E2eHttp(stack);
    String admin = http.userToken("admin");
    java.net.http.HttpResponse<String> silent =
        http.call(
            "GET",
            "/api/v1/rounds/" + result.roundId() + "/progress/organisations?state=SILENT",
            admin,
            null);
    assertThat(silent.statusCode()).isEqualTo(200);
    List<String> codes = new java.util.ArrayList<>();
    java.util.regex.Matcher code =
        java.util.regex.Pattern.compile("\"organisation\":\\{\"code\":\"([^\"]+)\"")
            .matcher(silent.body());
    while (code.find()) {
      codes.add(code.group(1));
    }
    assertThat(codes)
        .as("the demo's silent organisations, and only they")
        .containsExactlyInAnyOrderElementsOf(
            result.plan().silent().stream().map(o -> o.code()).toList())
        .isNotEmpty();
    // reminders would reach them: the demo gave each its account's address
    java.net.http.HttpResponse<String> contacts =
        http.call("GET", "/api/v1/organisations/" + codes.get(0) + "/contacts", admin, null);
    assertThat(contacts.body()).contains("resp-" + codes.get(0) + "@example.invalid");
  }
}
