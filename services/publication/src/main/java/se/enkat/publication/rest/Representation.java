package se.enkat.publication.rest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import se.enkat.common.problem.Problem;
import se.enkat.common.problem.ProblemException;

/**
 * The formats of the published API and how a request picks one: {@code format=} wins; otherwise the
 * {@code Accept} header (with q-values); otherwise JSON. Nothing acceptable is a 406. JSON-stat is
 * asked for by {@code format=jsonstat} only (its media type is plain JSON); SDMX by its own media
 * types ({@code application/vnd.sdmx.data+json} / {@code +csv}, version 2.0.0) or format.
 */
public enum Representation {
  JSON("json", "application/json", "application/json"),
  CSV("csv", "text/csv", "text/csv; charset=UTF-8"),
  XLSX(
      "xlsx",
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
  JSONSTAT("jsonstat", "application/json", "application/json"),
  SDMX_JSON(
      "sdmx-json",
      "application/vnd.sdmx.data+json",
      "application/vnd.sdmx.data+json; version=2.0.0; charset=utf-8"),
  SDMX_CSV(
      "sdmx-csv",
      "application/vnd.sdmx.data+csv",
      "application/vnd.sdmx.data+csv; version=2.0.0; charset=utf-8");

  private final String format;
  private final String mediaType;
  private final String contentType;

  Representation(String format, String mediaType, String contentType) {
    this.format = format;
    this.mediaType = mediaType;
    this.contentType = contentType;
  }

  public String format() {
    return format;
  }

  public String contentType() {
    return contentType;
  }

  public static Representation choose(String format, String accept, Set<Representation> offered) {
    if (format != null && !format.isBlank()) {
      return byFormat(format.trim().toLowerCase(Locale.ROOT), offered);
    }
    if (accept == null || accept.isBlank()) {
      return JSON;
    }
    for (MediaRange range : MediaRange.parse(accept)) {
      for (Representation candidate : List.of(JSON, CSV, XLSX, SDMX_JSON, SDMX_CSV)) {
        if (offered.contains(candidate) && range.matches(candidate.mediaType)) {
          return candidate;
        }
      }
    }
    throw new ProblemException(
        Problem.of(
            406,
            "Not acceptable",
            "None of the media types in Accept is offered here; offered: "
                + String.join(", ", offered.stream().map(r -> r.mediaType).distinct().toList())
                + " (or use format="
                + String.join("|", offered.stream().map(r -> r.format).toList())
                + ")."));
  }

  private static Representation byFormat(String format, Set<Representation> offered) {
    for (Representation candidate : offered) {
      if (candidate.format.equals(format)) {
        return candidate;
      }
    }
    throw ProblemException.invalid(
        "format",
        "must be one of " + String.join(", ", offered.stream().map(r -> r.format).toList()));
  }

  /** One entry of an Accept header. */
  record MediaRange(String type, String subtype, double q, int order) {

    static List<MediaRange> parse(String accept) {
      List<MediaRange> ranges = new ArrayList<>();
      String[] parts = accept.split(",");
      for (int i = 0; i < parts.length; i++) {
        String[] params = parts[i].trim().split(";");
        String[] name = params[0].trim().toLowerCase(Locale.ROOT).split("/", 2);
        if (name.length != 2) {
          continue;
        }
        double q = 1.0;
        for (int p = 1; p < params.length; p++) {
          String param = params[p].trim();
          if (param.startsWith("q=")) {
            try {
              q = Double.parseDouble(param.substring(2));
            } catch (NumberFormatException e) {
              q = 0;
            }
          }
        }
        if (q > 0) {
          ranges.add(new MediaRange(name[0].trim(), name[1].trim(), q, i));
        }
      }
      ranges.sort(
          Comparator.comparingDouble(MediaRange::q).reversed().thenComparingInt(MediaRange::order));
      return ranges;
    }

    boolean matches(String mediaType) {
      String[] name = mediaType.split("/", 2);
      return (type.equals("*") || type.equals(name[0]))
          && (subtype.equals("*") || subtype.equals(name[1]));
    }
  }
}
