package se.enkat.questionnaire.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How a question's indicator continues a series from earlier questionnaire versions: the explicit
 * mapping for a question that was reworded, renamed or split.
 *
 * @param continues the series key (the question id in the earlier versions) this question
 *     continues; null keeps its own id
 * @param seriesBreak {@code "break": true} when the change makes this year not comparable with the
 *     year before: the published series marks the break and computes no change across it
 * @param note what changed, for the reader of the series
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SeriesLink(
    String continues, @JsonProperty("break") Boolean seriesBreak, LocalizedText note) {}
