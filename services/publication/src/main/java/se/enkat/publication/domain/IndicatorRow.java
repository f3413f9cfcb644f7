package se.enkat.publication.domain;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.util.List;

/** One indicator of a release's library: its definition in words (JSON texts) and in CEL. */
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
    @JsonRawValue String categories) {}
