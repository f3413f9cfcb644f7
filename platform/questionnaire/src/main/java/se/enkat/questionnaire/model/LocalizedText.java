package se.enkat.questionnaire.model;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** A text people read, in Swedish and English. */
public record LocalizedText(String sv, String en) {

  public static LocalizedText of(String sv, String en) {
    return new LocalizedText(sv, en);
  }

  /** True when both languages are present and not blank. */
  @JsonIgnore
  public boolean isComplete() {
    return sv != null && !sv.isBlank() && en != null && !en.isBlank();
  }
}
