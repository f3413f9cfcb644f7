package se.enkat.questionnaire.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import se.enkat.questionnaire.AnswerSets2025;
import se.enkat.questionnaire.Questionnaires;
import se.enkat.questionnaire.model.OrganisationType;
import se.enkat.questionnaire.model.Questionnaire;

class ConcurrentEvaluationTest {

  @Test
  void oneCompiledQuestionnaireGivesTheSameResultsOnManyThreads() throws Exception {
    Questionnaire questionnaire = Questionnaires.patientsakerhet2025();
    CompiledQuestionnaire compiled = CompiledQuestionnaire.compile(questionnaire);
    Organisation org = new Organisation("0180", OrganisationType.MUNICIPALITY, "01");
    Random random = new Random(11);
    List<Map<String, Object>> sets = new ArrayList<>();
    List<Evaluation> expected = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      Map<String, Object> answers = AnswerSets2025.complete(questionnaire, org, random);
      if (i % 3 == 0) {
        answers.put("plan.level", "mayor"); // some rejected sets too
      }
      sets.add(answers);
      expected.add(compiled.evaluate(org, answers));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<Evaluation>>> futures = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        futures.add(pool.submit(() -> sets.stream().map(s -> compiled.evaluate(org, s)).toList()));
      }
      for (Future<List<Evaluation>> future : futures) {
        assertThat(future.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
