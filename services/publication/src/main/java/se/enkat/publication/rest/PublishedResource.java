package se.enkat.publication.rest;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SequenceWriter;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import se.enkat.common.problem.ProblemException;
import se.enkat.publication.domain.PublishedRelease;
import se.enkat.publication.domain.PublishedRound;
import se.enkat.publication.domain.ValueFilter;
import se.enkat.publication.export.CsvWriter;
import se.enkat.publication.export.XlsxWriter;
import se.enkat.publication.service.ExportTables;
import se.enkat.publication.service.IndicatorLibrary;
import se.enkat.publication.service.JsonStatDatasets;
import se.enkat.publication.service.PublishedReads;
import se.enkat.publication.service.PublishedValueCache;
import se.enkat.publication.service.ReleaseDiffs;
import se.enkat.publication.service.SdmxMessages;

/**
 * The published API the dashboards read: rounds with published releases, and per release the
 * indicator library, values, answers and response rate, as JSON, CSV, XLSX or JSON-stat. Every
 * answer is about one immutable release, streamed, with a strong ETag.
 */
@Path("/api/v1/published/rounds")
public class PublishedResource {

  private static final Set<Representation> TABLES =
      EnumSet.of(Representation.JSON, Representation.CSV, Representation.XLSX);
  private static final Set<Representation> CHANGES =
      EnumSet.of(Representation.JSON, Representation.CSV);
  private static final Set<Representation> VALUES =
      EnumSet.of(
          Representation.JSON,
          Representation.CSV,
          Representation.XLSX,
          Representation.JSONSTAT,
          Representation.SDMX_JSON,
          Representation.SDMX_CSV);

  private final PublishedAccess access;
  private final PublishedReads published;
  private final ExportTables tables;
  private final IndicatorLibrary library;
  private final JsonStatDatasets datasets;
  private final SdmxMessages sdmx;
  private final ReleaseDiffs diffs;
  private final Caching caching;
  private final ObjectWriter json;

  PublishedResource(
      PublishedAccess access,
      PublishedReads published,
      ExportTables tables,
      IndicatorLibrary library,
      JsonStatDatasets datasets,
      SdmxMessages sdmx,
      ReleaseDiffs diffs,
      Caching caching,
      ObjectMapper mapper) {
    this.access = access;
    this.published = published;
    this.tables = tables;
    this.library = library;
    this.datasets = datasets;
    this.sdmx = sdmx;
    this.diffs = diffs;
    this.caching = caching;
    this.json = mapper.writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public List<PublishedRound> rounds() {
    access.check();
    return published.rounds();
  }

  @GET
  @Path("/{id}/indicators")
  public Response indicators(
      @PathParam("id") String round,
      @QueryParam("focusArea") String focusAreaParam,
      @QueryParam("release") String release,
      @QueryParam("format") String format,
      @HeaderParam(HttpHeaders.ACCEPT) String accept,
      @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
    access.check();
    String focusArea = IndicatorLibrary.focusArea(focusAreaParam);
    Representation representation = Representation.choose(format, accept, TABLES);
    String query = focusArea == null ? "" : "focusArea=" + focusArea;
    Request request = new Request(round, release, "indicators", representation, query, ifNoneMatch);
    return deliver(
        request,
        r ->
            switch (representation) {
              case CSV -> out -> CsvWriter.write(tables.indicators(r, focusArea), out);
              case XLSX -> out -> XlsxWriter.write(List.of(tables.indicators(r, focusArea)), out);
              default -> out -> json.writeValue(out, library.indicators(r, focusArea));
            });
  }

  @GET
  @Path("/{id}/values")
  public Response values(
      @PathParam("id") String round,
      @QueryParam("indicator") String indicator,
      @QueryParam("level") String level,
      @QueryParam("type") String type,
      @QueryParam("county") String county,
      @QueryParam("organisation") String organisation,
      @QueryParam("release") String release,
      @QueryParam("format") String format,
      @HeaderParam(HttpHeaders.ACCEPT) String accept,
      @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
    access.check();
    ValueFilter filter = new ValueFilter(indicator, level, type, county, organisation).validated();
    Representation representation = Representation.choose(format, accept, VALUES);
    String query = filter.columns().toString();
    Request request = new Request(round, release, "values", representation, query, ifNoneMatch);
    return deliver(
        request,
        r ->
            switch (representation) {
              case CSV -> out -> CsvWriter.write(tables.values(r, filter), out);
              case XLSX ->
                  out ->
                      XlsxWriter.write(
                          List.of(tables.values(r, filter), tables.indicators(r)), out);
              case JSONSTAT -> out -> json.writeValue(out, datasets.jsonStat(r, filter));
              case SDMX_JSON -> out -> json.writeValue(out, sdmx.json(r, filter));
              case SDMX_CSV -> out -> CsvWriter.write(sdmx.csv(r, filter), out, false);
              default -> jsonValues(r, filter);
            });
  }

  /**
   * The values as a JSON array: the bytes kept from an earlier answer to the same query, or the
   * rows streamed as they are read, their bytes kept on the way when they are few enough.
   */
  private StreamingOutput jsonValues(PublishedRelease release, ValueFilter filter) {
    byte[] kept = published.keptValuesJson(release.releaseId(), filter);
    if (kept != null) {
      return out -> out.write(kept);
    }
    return out -> {
      KeepingOutputStream keeping =
          new KeepingOutputStream(out, PublishedValueCache.MAX_JSON_BYTES);
      try (SequenceWriter array = json.writeValuesAsArray(keeping)) {
        published.values(release.releaseId(), filter, array::write);
      }
      byte[] written = keeping.kept();
      if (written != null) {
        published.keepValuesJson(release.releaseId(), filter, written);
      }
    };
  }

  @GET
  @Path("/{id}/answers")
  public Response answers(
      @PathParam("id") String round,
      @QueryParam("release") String release,
      @QueryParam("format") String format,
      @HeaderParam(HttpHeaders.ACCEPT) String accept,
      @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
    access.check();
    Representation representation = Representation.choose(format, accept, TABLES);
    Request request = new Request(round, release, "answers", representation, "", ifNoneMatch);
    return deliver(
        request,
        r ->
            switch (representation) {
              case CSV -> out -> CsvWriter.write(tables.answers(r), out);
              case XLSX ->
                  out -> XlsxWriter.write(List.of(tables.answers(r), tables.questions(r)), out);
              default ->
                  out -> {
                    try (SequenceWriter array = json.writeValuesAsArray(out)) {
                      published.answers(r.releaseId(), array::write);
                    }
                  };
            });
  }

  @GET
  @Path("/{id}/response-rate")
  public Response responseRate(
      @PathParam("id") String round,
      @QueryParam("release") String release,
      @QueryParam("format") String format,
      @HeaderParam(HttpHeaders.ACCEPT) String accept,
      @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
    access.check();
    Representation representation = Representation.choose(format, accept, TABLES);
    Request request = new Request(round, release, "response-rate", representation, "", ifNoneMatch);
    return deliver(
        request,
        r ->
            switch (representation) {
              case CSV ->
                  out ->
                      CsvWriter.write(
                          tables.responseRate(published.responseRate(r.releaseId())), out);
              case XLSX ->
                  out ->
                      XlsxWriter.write(
                          List.of(tables.responseRate(published.responseRate(r.releaseId()))), out);
              default -> out -> json.writeValue(out, published.responseRate(r.releaseId()));
            });
  }

  /**
   * The cells added, removed or changed between two published versions: {@code to} defaults to the
   * latest, {@code from} to the version published before {@code to}. JSON or CSV.
   */
  @GET
  @Path("/{id}/changes")
  public Response changes(
      @PathParam("id") String round,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("format") String format,
      @HeaderParam(HttpHeaders.ACCEPT) String accept,
      @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
    access.check();
    Representation representation = Representation.choose(format, accept, CHANGES);
    Integer toVersion = version("to", to);
    Integer fromVersion = version("from", from);
    PublishedRelease target = publishedRelease(round, toVersion);
    PublishedRelease base =
        fromVersion == null ? diffs.previous(target) : publishedRelease(round, fromVersion);
    String etag =
        caching.etag(
            target, "changes", representation, base == null ? "" : base.releaseId().toString());
    boolean pinned = toVersion != null && fromVersion != null;
    String filename =
        target.round()
            + "-changes-v"
            + (base == null ? 0 : base.version())
            + "-v"
            + target.version();
    Response.ResponseBuilder response =
        Caching.conditional(
            ifNoneMatch,
            etag,
            representation,
            filename,
            () ->
                representation == Representation.CSV
                    ? out -> CsvWriter.write(tables.changes(diffs.between(base, target)), out)
                    : out -> json.writeValue(out, diffs.between(base, target)));
    return caching.headers(response, target, pinned, etag).build();
  }

  /** What every published read has in common. */
  private record Request(
      String round,
      String release,
      String resource,
      Representation representation,
      String query,
      String ifNoneMatch) {}

  private PublishedRelease publishedRelease(String round, Integer version) {
    return published
        .release(round, version)
        .orElseThrow(
            () ->
                ProblemException.notFound(
                    version == null
                        ? "Round " + round + " has no published release."
                        : "Round " + round + " has no published release version " + version + "."));
  }

  private Response deliver(
      Request request, java.util.function.Function<PublishedRelease, StreamingOutput> body) {
    Integer version = version("release", request.release());
    PublishedRelease release = publishedRelease(request.round(), version);
    String etag =
        caching.etag(release, request.resource(), request.representation(), request.query());
    boolean pinned = version != null;
    String filename = release.round() + "-" + request.resource() + "-v" + release.version();
    Response.ResponseBuilder response =
        Caching.conditional(
            request.ifNoneMatch(),
            etag,
            request.representation(),
            filename,
            () -> body.apply(release));
    return caching.headers(response, release, pinned, etag).build();
  }

  private static Integer version(String parameter, String release) {
    if (release == null || release.isBlank()) {
      return null;
    }
    try {
      int version = Integer.parseInt(release.trim());
      if (version >= 1) {
        return version;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw ProblemException.invalid(parameter, "must be a release version: 1, 2, …");
  }
}
