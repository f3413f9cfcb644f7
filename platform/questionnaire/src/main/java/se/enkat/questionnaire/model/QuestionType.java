package se.enkat.questionnaire.model;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of question the contract knows, with their JSON names. */
public enum QuestionType {
  YES_NO("yes_no"),
  YES_NO_DONTKNOW("yes_no_dontknow"),
  SINGLE_CHOICE("single_choice"),
  MULTI_CHOICE("multi_choice"),
  INTEGER("integer"),
  DECIMAL("decimal"),
  TEXT("text"),
  DATE("date");

  private final String json;

  QuestionType(String json) {
    this.json = json;
  }

  public String json() {
    return json;
  }

  public boolean hasChoices() {
    return this == SINGLE_CHOICE || this == MULTI_CHOICE;
  }

  public boolean isNumber() {
    return this == INTEGER || this == DECIMAL;
  }

  /** The type with this JSON name, empty for a name the contract does not know. */
  public static Optional<QuestionType> fromJson(String name) {
    return Arrays.stream(values()).filter(t -> t.json.equals(name)).findFirst();
  }
}
