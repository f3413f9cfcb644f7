package se.enkat.questionnaire.model;

import java.util.List;
import java.util.stream.Stream;

/** A versioned questionnaire: sections of questions with their rules. */
public record Questionnaire(
    String id, Integer version, LocalizedText title, List<Section> sections) {

  public List<Section> sectionsOrEmpty() {
    return sections == null ? List.of() : sections;
  }

  /** Every question in document order. */
  public Stream<Question> questions() {
    return sectionsOrEmpty().stream().flatMap(s -> s.questionsOrEmpty().stream());
  }
}
