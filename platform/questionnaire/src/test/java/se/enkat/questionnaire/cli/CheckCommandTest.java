package se.enkat.questionnaire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {

  private static final Path MAIN = Path.of("src/main/resources/questionnaires");
  private static final Path BROKEN = Path.of("src/test/resources/broken");

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int check(Path file) {
    return CheckCommand.run(
        new String[] {file.toString()},
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String stdout() {
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void accepts2025WithASummary() {
    assertThat(check(MAIN.resolve("patientsakerhet-2025.json"))).isZero();
    assertThat(stdout())
        .isEqualTo("ok\npatientsakerhet-2025 v1: 9 sections, 44 questions, 17 rules\n");
  }

  @Test
  void rejectsACopyWithACycleABadExpressionAndADuplicateId() {
    assertThat(check(BROKEN.resolve("patientsakerhet-2025-cycle-expression-duplicate.json")))
        .isEqualTo(1);
    assertThat(stdout().lines())
        .anyMatch(
            l ->
                l.startsWith("$.sections[0].questions[0].relevant: cycle among relevant rules:")
                    && l.contains("plan.exists -> plan.level -> plan.exists"))
        .anyMatch(
            l -> l.startsWith("$.sections[7].questions[1].relevant: expression does not compile"))
        .anyMatch(
            l ->
                l.equals(
                    "$.sections[4].questions[2].id: duplicate question id 'risk.daily_assessment'"
                        + " (first at $.sections[4].questions[1].id)"
                        + " (question risk.daily_assessment)"))
        .last()
        .asString()
        .endsWith(
            "3 violation(s) in "
                + BROKEN.resolve("patientsakerhet-2025-cycle-expression-duplicate.json"));
  }

  @Test
  void everyViolationLineNamesItsQuestionAlsoAnExpressionThatDoesNotCompile() {
    assertThat(check(BROKEN.resolve("patientsakerhet-2025-cycle-expression-duplicate.json")))
        .isEqualTo(1);
    List<String> violations = stdout().lines().filter(l -> l.startsWith("$.")).toList();
    assertThat(violations).hasSize(3).allMatch(l -> l.matches(".* \\(question [a-z0-9_.]+\\)$"));
    assertThat(violations)
        .anyMatch(
            l ->
                l.startsWith("$.sections[7].questions[1].relevant: expression does not compile")
                    && l.endsWith("(question hygiene.results_used)"))
        .anyMatch(
            l -> l.contains("cycle among relevant rules") && l.endsWith("(question plan.exists)"));
  }

  @Test
  void rejectsACopyWithUnknownTypesAndReferences() {
    assertThat(check(BROKEN.resolve("patientsakerhet-2025-types-references.json"))).isEqualTo(1);
    assertThat(stdout())
        .contains("$.sections[0].questions[1].choices[3].value: duplicate choice value 'political'")
        .contains("$.sections[0].questions[2].appliesTo[1]: unknown organisation type 'COUNTY'")
        .contains("$.sections[4].questions[3].type: unknown question type 'yes_no_maybe'")
        .contains(
            "$.sections[5].questions[1].relevant: expression names unknown question"
                + " 'care_injury.method'")
        .contains("$.sections[8].questions[1].relevant: expression is not boolean")
        .contains("5 violation(s)");
  }

  @Test
  void aMissingFileIsExitCodeTwo() {
    assertThat(check(Path.of("no/such/file.json"))).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("cannot read questionnaire");
  }

  @Test
  void aFileThatIsNotAQuestionnaireIsExitCodeTwo(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("q.json");
    Files.writeString(file, "{\"id\": \"x\", \"sections\": [ {\"relevent\": 1} ]}");
    assertThat(check(file)).isEqualTo(2);
    Files.writeString(file, "not json");
    assertThat(check(file)).isEqualTo(2);
    assertThat(stdout()).isEmpty();
  }

  @Test
  void withoutAFileItPrintsUsage() {
    assertThat(CheckCommand.run(new String[0], new PrintStream(out), new PrintStream(err)))
        .isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: enkat check FILE");
  }
}
