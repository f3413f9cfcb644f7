package se.enkat.publication.domain;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonRawValue;
import se.enkat.common.reference.Counties;

/** One organisation's accepted answers and comments in a release (answers and comments as JSON). */
public record AnswerRow(
    String code,
    String name,
    String type,
    String county,
    int revision,
    @JsonRawValue String answers,
    @JsonRawValue String comments) {

  /** The name of the organisation's county (län), beside its code. */
  @JsonProperty("countyName")
  public String countyName() {
    return Counties.name(county);
  }
}
