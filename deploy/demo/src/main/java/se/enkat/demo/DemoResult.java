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
    long secondsToTable,
    String previousRoundId,
    List<YearOverYear.Row> yearOverYear,
    long combinedGroupN) {

  /** True when every published figure equals the count over the accepted answers. */
  public boolean consistent() {
    return mismatches == 0;
  }

  /** True when every development indicator has a 2024 and a 2025 value for every type. */
  public boolean yearOverYearComplete() {
    return YearOverYear.complete(yearOverYear);
  }
}
