package se.enkat.indicator.domain;

import java.util.Arrays;
import java.util.Optional;

/** The reporting levels of the contract, with their JSON names. */
public enum Level {
  NATIONAL("national"),
  COUNTY("county"),
  ORGANISATION("organisation");

  private final String json;

  Level(String json) {
    this.json = json;
  }

  public String json() {
    return json;
  }

  public static Optional<Level> fromJson(String name) {
    return Arrays.stream(values()).filter(l -> l.json.equals(name)).findFirst();
  }
}
