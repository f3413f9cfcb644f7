package se.enkat.publication.domain;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.util.List;
import se.enkat.common.reference.Text;

/**
 * One indicator of a release's library: its texts (JSON), its definition in words ({@code
 * definition}: what is counted, over whom) and in CEL.
 */
public record IndicatorRow(
    String id,
    String kind,
    @JsonRawValue String title,
    @JsonRawValue String description,
    String focusArea,
    String numerator,
    String denominator,
    String direction,
    List<String> sourceQuestions,
    @JsonRawValue String categories,
    Text definition) {

  public IndicatorRow withDefinition(Text wording) {
    return new IndicatorRow(
        id,
        kind,
        title,
        description,
        focusArea,
        numerator,
        denominator,
        direction,
        sourceQuestions,
        categories,
        wording);
  }
}
