package se.enkat.questionnaire.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link RuleEngineBenchmark} through JMH; only the {@code bench} profile includes it: {@code
 * ./mvnw -pl platform/questionnaire -Pbench verify}.
 */
class RuleEngineBenchmarkRunner {

  @Test
  void evaluatesAtLeastTwentyThousandAnswerSetsPerSecondOnOneThread() throws Exception {
    Options options =
        new OptionsBuilder()
            .include(RuleEngineBenchmark.class.getName())
            .forks(Integer.getInteger("bench.forks", 2))
            .warmupIterations(Integer.getInteger("bench.warmups", 2))
            .measurementIterations(Integer.getInteger("bench.iterations", 3))
            .threads(1)
            .resultFormat(ResultFormatType.JSON)
            .result(System.getProperty("bench.result", "target/jmh-result.json"))
            .build();
    for (RunResult result : new Runner(options).run()) {
      double perSecond = result.getPrimaryResult().getScore();
      System.out.printf("%s: %.0f answer sets/s%n", result.getParams().getBenchmark(), perSecond);
      assertThat(perSecond).isGreaterThanOrEqualTo(20_000);
    }
  }
}
