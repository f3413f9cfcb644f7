package se.enkat.publication.rest;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import se.enkat.common.problem.ProblemException;
import se.enkat.publication.domain.SeriesPoint;
import se.enkat.publication.domain.ValueFilter;
import se.enkat.publication.export.CsvWriter;
import se.enkat.publication.export.SeriesJsonStat;
import se.enkat.publication.export.Table;
import se.enkat.publication.export.XlsxWriter;
import se.enkat.publication.service.PublishedReads;
import se.enkat.publication.service.SeriesService;

/**
 * An indicator's series across rounds: one value per year and cell, each from that year's latest
 * published release, with its version, n and the change from the year before (JSON, CSV, XLSX,
 * JSON-stat with time as a dimension).
 */
@Path("/api/v1/published/series/{indicator}")
public class SeriesResource {

  private static final Set<Representation> FORMATS =
      EnumSet.of(
          Representation.JSON, Representation.CSV, Representation.XLSX, Representation.JSONSTAT);

  private final PublishedAccess access;
  private final SeriesService series;
  private final PublishedReads releases;
  private final Caching caching;
  private final ObjectWriter json;

  SeriesResource(
      PublishedAccess access,
      SeriesService series,
      PublishedReads releases,
      Caching caching,
      ObjectMapper mapper) {
    this.access = access;
    this.series = series;
    this.releases = releases;
    this.caching = caching;
    this.json = mapper.writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
  }

  @GET
  public Response series(
      @PathParam("indicator") String indicator,
      @QueryParam("level") String level,
      @QueryParam("type") String type,
      @QueryParam("county") String county,
      @QueryParam("organisation") String organisation,
      @QueryParam("category") String category,
      @QueryParam("format") String format,
      @HeaderParam(HttpHeaders.ACCEPT) String accept,
      @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
    access.check();
    ValueFilter filter = new ValueFilter(indicator, level, type, county, organisation).validated();
    String categoryFilter = category == null || category.isBlank() ? null : category.trim();
    Representation representation = Representation.choose(format, accept, FORMATS);
    // A series changes whenever any year gets a new release: the ETag names them all.
    String etag =
        caching.etag(
            releases.latestReleaseOfEachYear()
                + "|"
                + filter.columns()
                + "|"
                + categoryFilter
                + "|"
                + representation.format());
    Response.ResponseBuilder response =
        Caching.conditional(
            ifNoneMatch,
            etag,
            representation,
            "series-" + filter.indicator(),
            () -> {
              List<SeriesPoint> points =
                  series
                      .points(filter.indicator(), filter, categoryFilter)
                      .orElseThrow(
                          () ->
                              ProblemException.notFound(
                                  "No published release has indicator "
                                      + filter.indicator()
                                      + "."));
              return body(representation, filter.indicator(), points);
            });
    return caching.latest(response).build();
  }

  private StreamingOutput body(
      Representation representation, String indicator, List<SeriesPoint> points) {
    return switch (representation) {
      case CSV -> out -> CsvWriter.write(table(points), out);
      case XLSX -> out -> XlsxWriter.write(List.of(table(points)), out);
      case JSONSTAT ->
          out -> json.writeValue(out, SeriesJsonStat.dataset("Series " + indicator, points));
      default -> out -> json.writeValue(out, points);
    };
  }

  static Table table(List<SeriesPoint> points) {
    return new Table(
        "series",
        List.of(
            "series",
            "indicator",
            "year",
            "round",
            "release_version",
            "level",
            "type",
            "county",
            "county_name",
            "organisation",
            "category",
            "numerator",
            "denominator",
            "percent",
            "break",
            "previous_year",
            "previous_numerator",
            "previous_denominator",
            "previous_percent",
            "change_percentage_points"),
        sink -> {
          for (SeriesPoint p : points) {
            SeriesPoint.Change c = p.change();
            sink.row(
                Arrays.asList(
                    p.series(),
                    p.indicator(),
                    p.year(),
                    p.round(),
                    p.releaseVersion(),
                    p.level(),
                    p.type(),
                    p.county(),
                    p.countyName(),
                    p.organisation(),
                    p.category(),
                    p.numerator(),
                    p.denominator(),
                    p.percent(),
                    p.seriesBreak() ? "yes" : "no",
                    c == null ? null : c.fromYear(),
                    c == null ? null : c.numerator(),
                    c == null ? null : c.denominator(),
                    c == null ? null : c.percent(),
                    c == null ? null : c.percentagePoints()));
          }
        });
  }
}
