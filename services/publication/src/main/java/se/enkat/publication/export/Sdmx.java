package se.enkat.publication.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.enkat.publication.domain.ValueRow;

/**
 * A release's values as SDMX 3.0 data: the SDMX-JSON 2.0 data message and SDMX-CSV 2.0. One
 * dataflow, {@value #DATAFLOW}, with the dimensions indicator, reference area, respondent type,
 * category and time period, and three measures: the share (percent, one decimal), its numerator and
 * its denominator. Every observation carries all three, so a reader can check every share.
 *
 * <p>Codes: SDMX identifiers allow {@code [A-Za-z0-9_@$-]}; indicator and category ids may hold a
 * dot, which becomes {@code @} ({@code plan.exists} → {@code plan@exists}); any other character
 * outside the set becomes {@code $} and four hex digits. The mapping is one to one. Reference
 * areas: {@code SE} for the nation, {@code SE_L} + county code for a county, {@code SE_O} +
 * organisation code for one organisation. {@code _T} is the total over respondent types, {@code _Z}
 * "not applicable" (a value without a category).
 */
public final class Sdmx {

  public static final String DATAFLOW = "ENKAT:INDICATOR_VALUES(1.0.0)";
  public static final String DATAFLOW_URN =
      "urn:sdmx:org.sdmx.infomodel.datastructure.Dataflow=" + DATAFLOW;
  public static final String SCHEMA =
      "https://raw.githubusercontent.com/sdmx-twg/sdmx-json/master/data-message/tools/schemas/"
          + "2.0.0/sdmx-json-data-schema.json";
  public static final List<String> DIMENSIONS =
      List.of("INDICATOR", "REF_AREA", "RESPONDENT_TYPE", "CATEGORY", "TIME_PERIOD");
  public static final List<String> MEASURES = List.of("SHARE", "NUMERATOR", "DENOMINATOR");
  public static final List<String> ATTRIBUTES = List.of("UNIT_MEASURE", "DECIMALS");
  public static final String NATION = "SE";
  public static final String TOTAL = "_T";
  public static final String NOT_APPLICABLE = "_Z";

  private static final Map<String, String[]> TYPE_NAMES =
      Map.of(
          "REGION",
          new String[] {"Regioner", "Regions"},
          "MUNICIPALITY",
          new String[] {"Kommuner", "Municipalities"},
          "CITY_DISTRICT",
          new String[] {"Stadsdelar", "City districts"},
          TOTAL,
          new String[] {"Alla typer", "All types"});

  private Sdmx() {}

  /** What a message says about itself and the release it comes from. */
  public record Message(String id, String prepared, String title, String period) {}

  /** The Swedish and English name of a code; either may be null. */
  public record Names(String sv, String en) {}

  /** Turns an enkat id into an SDMX identifier (one to one, see the class comment). */
  public static String code(String id) {
    StringBuilder code = new StringBuilder(id.length());
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if ((c >= 'A' && c <= 'Z')
          || (c >= 'a' && c <= 'z')
          || (c >= '0' && c <= '9')
          || c == '_'
          || c == '-') {
        code.append(c);
      } else if (c == '.') {
        code.append('@');
      } else {
        code.append('$').append(String.format("%04x", (int) c));
      }
    }
    return code.toString();
  }

  public static String refArea(ValueRow value) {
    return switch (value.level()) {
      case "national" -> NATION;
      case "county" -> "SE_L" + code(value.county());
      default -> "SE_O" + code(value.organisation());
    };
  }

  public static String respondentType(ValueRow value) {
    return value.type() == null ? TOTAL : value.type();
  }

  public static String category(ValueRow value) {
    return value.category() == null ? NOT_APPLICABLE : code(value.category());
  }

  /** SDMX-CSV 2.0: the header row the specification fixes, then one row per observation. */
  public static Table csv(List<ValueRow> values, String period) {
    List<String> headers = new ArrayList<>(List.of("STRUCTURE", "STRUCTURE_ID", "ACTION"));
    headers.addAll(DIMENSIONS);
    headers.addAll(MEASURES);
    headers.addAll(ATTRIBUTES);
    return new Table(
        "sdmx",
        headers,
        sink -> {
          for (ValueRow v : values) {
            sink.row(
                Arrays.asList(
                    "dataflow",
                    DATAFLOW,
                    "I",
                    code(v.indicator()),
                    refArea(v),
                    respondentType(v),
                    category(v),
                    period,
                    v.percent(),
                    v.numerator(),
                    v.denominator(),
                    "PC",
                    1));
          }
        });
  }

  /**
   * The SDMX-JSON 2.0 data message: every dimension at observation level (a flat list, as with
   * {@code dimensionAtObservation=AllDimensions}), the three measures in each observation, the unit
   * and decimals at data set level.
   *
   * @param indicators names of the indicators by id (the library's titles)
   * @param areas names of counties and organisations by reference-area code
   */
  public static ObjectNode json(
      ObjectMapper mapper,
      Message message,
      List<ValueRow> values,
      Map<String, Names> indicators,
      Map<String, Names> areas) {
    ObjectNode root = mapper.createObjectNode();
    ObjectNode meta = root.putObject("meta");
    meta.put("schema", SCHEMA);
    meta.put("id", message.id());
    meta.put("prepared", message.prepared());
    meta.put("test", false);
    meta.putArray("contentLanguages").add("sv").add("en");
    ObjectNode sender = meta.putObject("sender");
    sender.put("id", "ENKAT");
    sender.put("name", "enkat");

    Map<String, Integer> indicatorIndex = new LinkedHashMap<>();
    Map<String, Integer> areaIndex = new LinkedHashMap<>();
    Map<String, Integer> typeIndex = new LinkedHashMap<>();
    Map<String, Integer> categoryIndex = new LinkedHashMap<>();
    ObjectNode observations = mapper.createObjectNode();
    for (ValueRow v : values) {
      String key =
          index(indicatorIndex, v.indicator())
              + ":"
              + index(areaIndex, refArea(v))
              + ":"
              + index(typeIndex, respondentType(v))
              + ":"
              + index(categoryIndex, v.category() == null ? NOT_APPLICABLE : v.category())
              + ":0";
      ArrayNode observation = observations.putArray(key);
      if (v.percent() == null) {
        observation.addNull();
      } else {
        observation.add(v.percent());
      }
      observation.add(v.numerator()).add(v.denominator());
    }

    ObjectNode data = root.putObject("data");
    ObjectNode structure = data.putArray("structures").addObject();
    ObjectNode link = structure.putArray("links").addObject();
    link.put("urn", DATAFLOW_URN);
    link.put("rel", "dataflow");
    structure.put("name", message.title());
    structure.putArray("dataSets").add(0);
    ArrayNode dimensions = structure.putObject("dimensions").putArray("observation");
    if (!values.isEmpty()) {
      dimension(dimensions, "INDICATOR", 0, "Indikator", "Indicator")
          .set("values", codes(mapper, indicatorIndex.keySet(), indicators, true));
      dimension(dimensions, "REF_AREA", 1, "Område", "Reference area")
          .set("values", codes(mapper, areaIndex.keySet(), areas, false));
      dimension(dimensions, "RESPONDENT_TYPE", 2, "Typ av svarande", "Respondent type")
          .set("values", codes(mapper, typeIndex.keySet(), typeNames(), false));
      dimension(dimensions, "CATEGORY", 3, "Svarsalternativ", "Category")
          .set("values", categories(mapper, categoryIndex.keySet()));
      ObjectNode time = dimension(dimensions, "TIME_PERIOD", 4, "Tidsperiod", "Time period");
      time.putArray("roles").add("TIME_PERIOD");
      ObjectNode year = time.putArray("values").addObject();
      year.put("id", message.period());
      year.put("name", message.period());
      if (message.period().matches("\\d{4}")) {
        year.put("start", message.period() + "-01-01T00:00:00Z");
        year.put("end", message.period() + "-12-31T23:59:59Z");
      }
    }
    ArrayNode measures = structure.putObject("measures").putArray("observation");
    named(measures.addObject(), "SHARE", "Andel (procent)", "Share (percent)");
    named(measures.addObject(), "NUMERATOR", "Täljare", "Numerator");
    named(measures.addObject(), "DENOMINATOR", "Nämnare", "Denominator");
    ArrayNode attributes = structure.putObject("attributes").putArray("dataSet");
    ObjectNode unit = named(attributes.addObject(), "UNIT_MEASURE", "Enhet", "Unit of measure");
    ObjectNode unitRelationship = unit.putObject("relationship");
    unitRelationship.putObject("dataflow");
    unitRelationship.putArray("measures").add("SHARE");
    named(unit.putArray("values").addObject(), "PC", "Procent", "Percent");
    ObjectNode decimals = named(attributes.addObject(), "DECIMALS", "Decimaler", "Decimals");
    ObjectNode decimalsRelationship = decimals.putObject("relationship");
    decimalsRelationship.putObject("dataflow");
    decimalsRelationship.putArray("measures").add("SHARE");
    named(decimals.putArray("values").addObject(), "1", "En decimal", "One decimal");

    ObjectNode dataSet = data.putArray("dataSets").addObject();
    dataSet.put("structure", 0);
    ObjectNode dataflow = dataSet.putArray("links").addObject();
    dataflow.put("urn", DATAFLOW_URN);
    dataflow.put("rel", "dataflow");
    dataSet.put("action", "Information");
    dataSet.putArray("attributes").add(0).add(0);
    dataSet.set("observations", observations);
    return root;
  }

  private static int index(Map<String, Integer> index, String id) {
    return index.computeIfAbsent(id, k -> index.size());
  }

  private static ObjectNode dimension(
      ArrayNode dimensions, String id, int position, String sv, String en) {
    ObjectNode dimension = named(dimensions.addObject(), id, sv, en);
    dimension.put("keyPosition", position);
    return dimension;
  }

  private static ObjectNode named(ObjectNode node, String id, String sv, String en) {
    node.put("id", id);
    node.put("name", sv);
    ObjectNode names = node.putObject("names");
    names.put("sv", sv);
    names.put("en", en);
    return node;
  }

  private static ArrayNode codes(
      ObjectMapper mapper, Iterable<String> ids, Map<String, Names> names, boolean showId) {
    ArrayNode values = mapper.createArrayNode();
    for (String id : ids) {
      Names known = names.get(id);
      String sv = known == null ? null : known.sv();
      String en = known == null ? null : known.en();
      String code = showId ? code(id) : id;
      String nameSv = sv == null ? id : showId ? id + ": " + sv : sv;
      String nameEn = en == null ? nameSv : showId ? id + ": " + en : en;
      named(values.addObject(), code, nameSv, nameEn);
    }
    return values;
  }

  private static ArrayNode categories(ObjectMapper mapper, Iterable<String> ids) {
    ArrayNode values = mapper.createArrayNode();
    for (String id : ids) {
      if (id.equals(NOT_APPLICABLE)) {
        named(values.addObject(), NOT_APPLICABLE, "Ej tillämpligt", "Not applicable");
      } else {
        named(values.addObject(), code(id), id, id);
      }
    }
    return values;
  }

  private static Map<String, Names> typeNames() {
    Map<String, Names> names = new LinkedHashMap<>();
    TYPE_NAMES.forEach((type, text) -> names.put(type, new Names(text[0], text[1])));
    return names;
  }
}
