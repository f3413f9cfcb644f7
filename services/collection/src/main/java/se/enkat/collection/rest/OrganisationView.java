package se.enkat.collection.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import se.enkat.common.reference.Counties;

/**
 * An organisation as the API shows it, with its county's name and, for a city district, the code of
 * its parent municipality (the first four digits of its code).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OrganisationView(String code, String name, String type, String county) {

  @JsonProperty("countyName")
  public String countyName() {
    return Counties.name(county);
  }

  @JsonProperty("parent")
  public String parent() {
    return "CITY_DISTRICT".equals(type) && code != null && code.matches("\\d{4}-.+")
        ? code.substring(0, 4)
        : null;
  }
}
