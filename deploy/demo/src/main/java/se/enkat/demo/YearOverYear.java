package se.enkat.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import se.enkat.questionnaire.model.OrganisationType;

/**
 * The development indicators year over year, read from the published series endpoint: per indicator
 * and type the 2024 and 2025 values with both n, the change, or the break a mapping marks, beside
 * the seed's 2025 figure.
 */
public final class YearOverYear {

  /** One year's published value of a series. */
  public record Point(int year, String round, long numerator, long denominator, String percent) {
    String show() {
      return numerator + "/" + denominator + " " + (percent == null ? "-" : percent + " %");
    }
  }

  /** One development indicator for one type, both years. */
  public record Row(
      DevelopmentIndicators.Definition indicator,
      OrganisationType type,
      Point before,
      Point after,
      boolean seriesBreak,
      String percentagePoints) {}

  private final Api api;
  private final Tokens tokens;
  private final String base;

  YearOverYear(Api api, Tokens tokens, String gatewayUrl) {
    this.api = api;
    this.tokens = tokens;
    this.base = gatewayUrl + "/api/v1/published/";
  }

  /** The rows of every development indicator and type, from the series of the two rounds. */
  List<Row> rows(String round2024, String round2025) {
    List<Row> rows = new ArrayList<>();
    for (DevelopmentIndicators.Definition d : DevelopmentIndicators.ALL) {
      String url = base + "series/" + d.id() + "?level=national";
      JsonNode series = api.get(url, tokens.dashboard()).expect("GET " + url, 200).json();
      for (OrganisationType type : SeedFigures.types()) {
        Point before = null;
        Point after = null;
        boolean seriesBreak = false;
        String change = null;
        for (JsonNode p : series) {
          if (!type.name().equals(p.path("type").asText())) {
            continue;
          }
          Point point =
              new Point(
                  p.path("year").asInt(),
                  p.path("round").asText(),
                  p.path("numerator").asLong(),
                  p.path("denominator").asLong(),
                  p.has("percent") ? p.path("percent").asText() : null);
          if (point.round().equals(round2024)) {
            before = point;
          } else if (point.round().equals(round2025)) {
            after = point;
            seriesBreak = p.path("break").asBoolean();
            change =
                p.path("change").has("percentagePoints")
                    ? p.path("change").path("percentagePoints").asText()
                    : null;
          }
        }
        rows.add(new Row(d, type, before, after, seriesBreak, change));
      }
    }
    return rows;
  }

  /** n of the combined group "kommuner och stadsdelar" for one indicator, national, in 2025. */
  long combinedN(String round, String indicator) {
    String url =
        base
            + "rounds/"
            + URLEncoder.encode(round, StandardCharsets.UTF_8)
            + "/values?level=national&type=MUNICIPALITY_AND_CITY_DISTRICT&indicator="
            + indicator;
    JsonNode values = api.get(url, tokens.dashboard()).expect("GET " + url, 200).json();
    return values.size() == 0 ? 0 : values.get(0).path("denominator").asLong();
  }

  static void print(PrintStream out, List<Row> rows) {
    out.println(
        "Development indicators year over year (published series, national; k/n = numerator/"
            + "denominator)");
    out.printf(
        Locale.ROOT,
        "%-44s %-14s %-18s %-18s %-18s %s%n",
        "focus area / indicator",
        "group",
        "2024",
        "2025",
        "change",
        "2025 seed");
    for (Row row : rows) {
      SeedRow seed = seedRow(row.indicator());
      String seedText = seed == null ? "-" : seed.printed(row.type()).percent() + " %";
      String change =
          row.seriesBreak()
              ? "break (reworded)"
              : row.percentagePoints() == null
                  ? "-"
                  : (row.percentagePoints().startsWith("-") ? "" : "+")
                      + row.percentagePoints()
                      + " pp";
      out.printf(
          Locale.ROOT,
          "%-44s %-14s %-18s %-18s %-18s %s%n",
          focusNumber(row.indicator().focusArea()) + " " + row.indicator().id(),
          row.type() == OrganisationType.REGION ? "regions" : "municipalities",
          row.before() == null ? "missing" : row.before().show(),
          row.after() == null ? "missing" : row.after().show(),
          change,
          seedText);
    }
  }

  /** True when every development indicator has both years for every type. */
  public static boolean complete(List<Row> rows) {
    return rows.stream().allMatch(r -> r.before() != null && r.after() != null);
  }

  private static SeedRow seedRow(DevelopmentIndicators.Definition d) {
    if (d.seedIndicator() == null) {
      return null;
    }
    return SeedFigures.rows().stream()
        .filter(r -> r.indicator().equals(d.seedIndicator()) && r.category() == null)
        .findFirst()
        .orElse(null);
  }

  /** The agency's number of a focus area (fokusområde 1 to 5), for the table. */
  private static String focusNumber(String focusArea) {
    return switch (focusArea) {
      case "identifying-care-injuries" -> "FA1";
      case "division-of-responsibility" -> "FA2";
      case "risk-assessment-and-training" -> "FA3";
      case "shared-forums-in-care-chains" -> "FA4";
      default -> "FA5";
    };
  }
}
