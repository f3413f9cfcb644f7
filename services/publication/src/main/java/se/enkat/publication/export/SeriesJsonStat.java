package se.enkat.publication.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.enkat.publication.domain.SeriesPoint;

/**
 * A series as a JSON-stat 2.0 dataset with time as a dimension: {@code time} (the years, with role
 * {@code time}), {@code group} (as in the values' dataset) and {@code category}; {@code value}
 * holds the percents, {@code extension.numerator}/{@code denominator} the n aligned with them, and
 * {@code extension.round}, {@code releaseVersion} and {@code break} say per year where the figures
 * come from and where the series breaks.
 */
public final class SeriesJsonStat {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private SeriesJsonStat() {}

  public static ObjectNode dataset(String label, List<SeriesPoint> points) {
    Map<String, Integer> times = new LinkedHashMap<>();
    points.stream()
        .map(p -> String.valueOf(p.year()))
        .sorted()
        .forEach(t -> times.putIfAbsent(t, times.size()));
    Map<String, Integer> groups = new LinkedHashMap<>();
    Map<String, Integer> categories = new LinkedHashMap<>();
    for (SeriesPoint p : points) {
      groups.putIfAbsent(group(p), groups.size());
      categories.putIfAbsent(category(p), categories.size());
    }
    int size = times.size() * groups.size() * categories.size();
    ArrayNode value = nulls(size);
    ArrayNode numerator = nulls(size);
    ArrayNode denominator = nulls(size);
    ArrayNode rounds = nulls(times.size());
    ArrayNode versions = nulls(times.size());
    ArrayNode breaks = nulls(times.size());
    for (SeriesPoint p : points) {
      int time = times.get(String.valueOf(p.year()));
      int index =
          (time * groups.size() + groups.get(group(p))) * categories.size()
              + categories.get(category(p));
      value.set(index, p.percent() == null ? NODES.nullNode() : NODES.numberNode(p.percent()));
      numerator.set(index, NODES.numberNode(p.numerator()));
      denominator.set(index, NODES.numberNode(p.denominator()));
      rounds.set(time, NODES.textNode(p.round()));
      versions.set(time, NODES.numberNode(p.releaseVersion()));
      breaks.set(time, NODES.booleanNode(p.seriesBreak()));
    }
    ObjectNode dataset = NODES.objectNode();
    dataset.put("version", "2.0");
    dataset.put("class", "dataset");
    dataset.put("label", label);
    dataset.set("id", NODES.arrayNode().add("time").add("group").add("category"));
    dataset.set(
        "size", NODES.arrayNode().add(times.size()).add(groups.size()).add(categories.size()));
    dataset.putObject("role").set("time", NODES.arrayNode().add("time"));
    ObjectNode dimension = dataset.putObject("dimension");
    dimension.set("time", dimension("Year", times));
    dimension.set("group", dimension("Reporting level and group", groups));
    dimension.set("category", dimension("Category", categories));
    dataset.set("value", value);
    ObjectNode extension = dataset.putObject("extension");
    extension.set("numerator", numerator);
    extension.set("denominator", denominator);
    extension.set("round", rounds);
    extension.set("releaseVersion", versions);
    extension.set("break", breaks);
    return dataset;
  }

  private static String group(SeriesPoint p) {
    return switch (p.level()) {
      case "national" -> "national:" + nz(p.type());
      case "county" -> "county:" + nz(p.county()) + ":" + nz(p.type());
      default -> p.level() + ":" + nz(p.organisation());
    };
  }

  private static String category(SeriesPoint p) {
    return p.category() == null ? JsonStat.NO_CATEGORY : p.category();
  }

  private static ObjectNode dimension(String label, Map<String, Integer> index) {
    ObjectNode dimension = NODES.objectNode();
    dimension.put("label", label);
    ObjectNode category = dimension.putObject("category");
    ObjectNode indexNode = category.putObject("index");
    ObjectNode labelNode = category.putObject("label");
    index.forEach(
        (id, position) -> {
          indexNode.put(id, position);
          labelNode.put(id, id);
        });
    return dimension;
  }

  private static ArrayNode nulls(int size) {
    ArrayNode array = NODES.arrayNode(size);
    for (int i = 0; i < size; i++) {
      array.addNull();
    }
    return array;
  }

  private static String nz(String value) {
    return value == null ? "" : value;
  }
}
