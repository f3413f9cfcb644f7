package se.enkat.questionnaire.model;

import java.util.List;

/** A titled group of questions. */
public record Section(String id, LocalizedText title, List<Question> questions) {

  public List<Question> questionsOrEmpty() {
    return questions == null ? List.of() : questions;
  }
}
