package se.enkat.questionnaire.model;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of respondent organisation a question can apply to. */
public enum OrganisationType {
  REGION,
  MUNICIPALITY,
  CITY_DISTRICT;

  /** The type with this name, empty for a name the contract does not know. */
  public static Optional<OrganisationType> fromName(String name) {
    return Arrays.stream(values()).filter(t -> t.name().equals(name)).findFirst();
  }
}
