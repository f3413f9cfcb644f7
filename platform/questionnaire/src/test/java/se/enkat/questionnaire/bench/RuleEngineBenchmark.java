package se.enkat.questionnaire.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import se.enkat.questionnaire.AnswerSets2025;
import se.enkat.questionnaire.Questionnaires;
import se.enkat.questionnaire.eval.CompiledQuestionnaire;
import se.enkat.questionnaire.eval.Evaluation;
import se.enkat.questionnaire.eval.Organisation;
import se.enkat.questionnaire.model.OrganisationType;
import se.enkat.questionnaire.model.Questionnaire;

/**
 * Throughput of evaluating complete answer sets for the 2025 questionnaire on one thread: one
 * operation is one answer set, checked and normalised.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class RuleEngineBenchmark {

  private static final int SETS = 256;

  private CompiledQuestionnaire compiled;
  private final List<Organisation> organisations = new ArrayList<>();
  private final List<Map<String, Object>> answerSets = new ArrayList<>();
  private int next;

  @Setup(Level.Trial)
  public void setUp() {
    Questionnaire questionnaire = Questionnaires.patientsakerhet2025();
    compiled = CompiledQuestionnaire.compile(questionnaire);
    Random random = new Random(2025);
    // Mixed like the real population: 21 regions to 260 municipalities, many follow-ups open.
    for (int i = 0; i < SETS; i++) {
      Organisation organisation =
          i % 13 == 0
              ? new Organisation("03", OrganisationType.REGION, "03")
              : new Organisation("0380", OrganisationType.MUNICIPALITY, "03");
      organisations.add(organisation);
      answerSets.add(AnswerSets2025.complete(questionnaire, organisation, random));
    }
  }

  @Benchmark
  public Evaluation evaluateCompleteAnswerSet() {
    int i = next;
    next = (i + 1) % SETS;
    return compiled.evaluate(organisations.get(i), answerSets.get(i));
  }
}
