package se.enkat.collection.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import se.enkat.collection.service.OrganisationProgressService;
import se.enkat.collection.service.OrganisationProgressService.Filter;

/** A round's progress per invited organisation, as JSON, CSV or XLSX (admin only). */
@Path("/api/v1/rounds/{id}/progress/organisations")
@RolesAllowed("admin")
public class OrganisationProgressResource {

  private final OrganisationProgressService progress;

  OrganisationProgressResource(OrganisationProgressService progress) {
    this.progress = progress;
  }

  @GET
  @Produces({MediaType.APPLICATION_JSON, ProgressFiles.CSV, ProgressFiles.XLSX, MediaType.WILDCARD})
  public Uni<Response> list(
      @PathParam("id") String id,
      @QueryParam("state") String state,
      @QueryParam("type") String type,
      @QueryParam("county") String county,
      @QueryParam("q") String q,
      @QueryParam("format") String format,
      @HeaderParam(HttpHeaders.ACCEPT) String accept) {
    String chosen = ProgressFiles.choose(format, accept);
    return progress
        .of(id, new Filter(state, type, county, q))
        .map(
            rows ->
                switch (chosen) {
                  case "csv" -> file(ProgressFiles.csv(rows), "text/csv; charset=UTF-8", id, "csv");
                  case "xlsx" -> file(ProgressFiles.xlsx(rows), ProgressFiles.XLSX, id, "xlsx");
                  default -> Response.ok(rows, MediaType.APPLICATION_JSON).build();
                });
  }

  private static Response file(Object body, String type, String round, String extension) {
    return Response.ok(body, type)
        .header(
            "Content-Disposition",
            "attachment; filename=\"" + round + "-progress." + extension + "\"")
        .build();
  }
}
