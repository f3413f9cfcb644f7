package se.enkat.demo;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What a run did and what got published.
 *
 * @param values national values by {@link Published#key}
 */
public record DemoResult(
    String roundId,
    String releaseId,
    DemoPlan plan,
    List<RespondentOutcome> outcomes,
    Map<String, PublishedValue> values,
    List<ResponseRate> responseRate,
    List<Path> files,
    long mismatches,
    long secondsToTable) {

  /** True when every published figure equals the count over the accepted answers. */
  public boolean consistent() {
    return mismatches == 0;
  }
}
