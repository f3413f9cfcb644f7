package se.enkat.common.reference;

import java.util.List;
import java.util.Optional;

/**
 * The groups values are published for: one per organisation type, and the group the agency
 * publishes municipalities and city districts together in ("kommuner och stadsdelar", n = 260 in
 * 2025).
 */
public final class ReportingGroups {

  /** Id of the combined group of municipalities and city districts. */
  public static final String MUNICIPALITY_AND_CITY_DISTRICT = "MUNICIPALITY_AND_CITY_DISTRICT";

  /** A reporting group: id, name and the organisation types it counts. */
  public record Group(String id, Text name, List<String> types) {}

  public static final List<Group> ALL =
      List.of(
          new Group("REGION", new Text("Regioner", "Regions"), List.of("REGION")),
          new Group(
              "MUNICIPALITY", new Text("Kommuner", "Municipalities"), List.of("MUNICIPALITY")),
          new Group(
              "CITY_DISTRICT", new Text("Stadsdelar", "City districts"), List.of("CITY_DISTRICT")),
          new Group(
              MUNICIPALITY_AND_CITY_DISTRICT,
              new Text("Kommuner och stadsdelar", "Municipalities and city districts"),
              List.of("MUNICIPALITY", "CITY_DISTRICT")));

  private ReportingGroups() {}

  public static Optional<Group> find(String id) {
    return ALL.stream().filter(g -> g.id().equals(id)).findFirst();
  }
}
