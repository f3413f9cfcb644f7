package se.enkat.publication.domain;

import com.fasterxml.jackson.annotation.JsonRawValue;

/** One organisation's accepted answers and comments in a release (answers and comments as JSON). */
public record AnswerRow(
    String code,
    String name,
    String type,
    String county,
    int revision,
    @JsonRawValue String answers,
    @JsonRawValue String comments) {}
