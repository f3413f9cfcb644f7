package se.enkat.publication.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.enkat.publication.domain.ValueRow;

/**
 * Builds a JSON-stat 2.0 dataset of values with three dimensions: {@code indicator}, {@code group}
 * (the reporting level and its group, e.g. {@code county:01:REGION}) and {@code category} ({@code
 * _} for a share). {@code value} is the dense array of percents in row-major order (null where a
 * cell does not exist or has no percent); {@code extension.numerator} and {@code
 * extension.denominator} are aligned with it, so every value can be checked.
 */
public final class JsonStat {

  /** The category id of a share, which has no category. */
  public static final String NO_CATEGORY = "_";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private JsonStat() {}

  /**
   * @param indicatorLabels indicator id → its label, in library order (indicators missing from it
   *     come after, in the order met)
   */
  public static ObjectNode dataset(
      String label, String updated, List<ValueRow> values, Map<String, String> indicatorLabels) {
    Set<String> present = new HashSet<>();
    values.forEach(v -> present.add(v.indicator()));
    Map<String, Integer> indicators = new LinkedHashMap<>();
    indicatorLabels.keySet().stream()
        .filter(present::contains)
        .forEach(id -> indicators.put(id, indicators.size()));
    Map<String, Integer> groups = new LinkedHashMap<>();
    Map<String, Integer> categories = new LinkedHashMap<>();
    for (ValueRow v : values) {
      indicators.putIfAbsent(v.indicator(), indicators.size());
      groups.putIfAbsent(group(v), groups.size());
      categories.putIfAbsent(category(v), categories.size());
    }
    int size = indicators.size() * groups.size() * categories.size();
    ArrayNode value = NODES.arrayNode(size);
    ArrayNode numerator = NODES.arrayNode(size);
    ArrayNode denominator = NODES.arrayNode(size);
    for (int i = 0; i < size; i++) {
      value.addNull();
      numerator.addNull();
      denominator.addNull();
    }
    for (ValueRow v : values) {
      int index =
          (indicators.get(v.indicator()) * groups.size() + groups.get(group(v))) * categories.size()
              + categories.get(category(v));
      value.set(index, v.percent() == null ? NODES.nullNode() : NODES.numberNode(v.percent()));
      numerator.set(index, NODES.numberNode(v.numerator()));
      denominator.set(index, NODES.numberNode(v.denominator()));
    }

    ObjectNode dataset = NODES.objectNode();
    dataset.put("version", "2.0");
    dataset.put("class", "dataset");
    dataset.put("label", label);
    if (updated != null) {
      dataset.put("updated", updated);
    }
    dataset.set("id", NODES.arrayNode().add("indicator").add("group").add("category"));
    dataset.set(
        "size", NODES.arrayNode().add(indicators.size()).add(groups.size()).add(categories.size()));
    ObjectNode dimension = dataset.putObject("dimension");
    dimension.set("indicator", dimension("Indicator", indicators, indicatorLabels, true));
    dimension.set("group", dimension("Reporting level and group", groups, Map.of(), false));
    dimension.set(
        "category", dimension("Category", categories, Map.of(NO_CATEGORY, "share"), false));
    dataset.set("value", value);
    ObjectNode extension = dataset.putObject("extension");
    extension.set("numerator", numerator);
    extension.set("denominator", denominator);
    return dataset;
  }

  static String group(ValueRow v) {
    return switch (v.level()) {
      case "national" -> "national:" + nullToEmpty(v.type());
      case "county" -> "county:" + nullToEmpty(v.county()) + ":" + nullToEmpty(v.type());
      default -> v.level() + ":" + nullToEmpty(v.organisation());
    };
  }

  private static String category(ValueRow v) {
    return v.category() == null ? NO_CATEGORY : v.category();
  }

  private static JsonNode dimension(
      String label, Map<String, Integer> index, Map<String, String> labels, boolean percent) {
    ObjectNode dimension = NODES.objectNode();
    dimension.put("label", label);
    ObjectNode category = dimension.putObject("category");
    ObjectNode indexNode = category.putObject("index");
    ObjectNode labelNode = category.putObject("label");
    index.forEach(
        (id, position) -> {
          indexNode.put(id, position);
          labelNode.put(id, labels.getOrDefault(id, id));
        });
    if (percent) {
      ObjectNode unit = category.putObject("unit");
      index.keySet().forEach(id -> unit.putObject(id).put("decimals", 1).put("label", "%"));
    }
    return dimension;
  }

  private static String nullToEmpty(String value) {
    return value == null ? "" : value;
  }
}
