package se.enkat.indicator.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import se.enkat.common.problem.ProblemException;
import se.enkat.indicator.domain.Level;
import se.enkat.indicator.service.DefinitionService;
import se.enkat.indicator.service.RebuildService;
import se.enkat.indicator.service.RoundDiscovery;
import se.enkat.indicator.service.ValueQueryService;

/** A round's indicator definitions, live provisional values and response rate (admin only). */
@Path("/api/v1/rounds/{id}/indicators")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
public class IndicatorResource {

  private final DefinitionService definitions;
  private final ValueQueryService queries;
  private final RebuildService rebuilds;
  private final RoundDiscovery discovery;

  IndicatorResource(
      DefinitionService definitions,
      ValueQueryService queries,
      RebuildService rebuilds,
      RoundDiscovery discovery) {
    this.discovery = discovery;
    this.definitions = definitions;
    this.queries = queries;
    this.rebuilds = rebuilds;
  }

  /** Also for a round in DRAFT, or opened but not yet announced here (RoundDiscovery). */
  @GET
  public Uni<List<IndicatorDefinitionView>> definitions(
      @PathParam("id") String round,
      @QueryParam("focusArea") String focusArea,
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
    return discovery
        .ensureKnown(round, authorization)
        .chain(
            () ->
                definitions.list(
                    round, focusArea == null || focusArea.isBlank() ? null : focusArea.trim()))
        .map(list -> list.stream().map(IndicatorViews::toView).toList());
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Uni<Response> define(
      @PathParam("id") String round,
      @NotNull @Valid IndicatorRequest request,
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      @Context UriInfo uri) {
    return discovery
        .ensureKnown(round, authorization)
        .chain(() -> definitions.define(round, IndicatorViews.toDefinition(request)))
        .map(
            stored ->
                Response.created(
                        uri.getAbsolutePathBuilder().path(stored.definition().id()).build())
                    .entity(IndicatorViews.toView(stored))
                    .build());
  }

  @GET
  @Path("/values")
  public Uni<List<ValueView>> values(
      @PathParam("id") String round,
      @QueryParam("level") String level,
      @QueryParam("type") String type,
      @QueryParam("county") String county,
      @QueryParam("organisation") String organisation,
      @QueryParam("indicator") String indicator) {
    if (level != null && Level.fromJson(level).isEmpty()) {
      throw ProblemException.invalid("level", "must be national, county or organisation");
    }
    return queries
        .values(round, level, type, county, organisation, indicator)
        .map(cells -> cells.stream().map(IndicatorViews::toView).toList());
  }

  @GET
  @Path("/response-rate")
  public Uni<List<ResponseRateView>> responseRate(@PathParam("id") String round) {
    return queries
        .responseRate(round)
        .map(counts -> counts.stream().map(IndicatorViews::toView).toList());
  }

  @POST
  @Path("/rebuild")
  public Uni<Map<String, Object>> rebuild(@PathParam("id") String round) {
    return rebuilds.rebuild(round).map(changed -> Map.of("round", round, "cellsChanged", changed));
  }
}
