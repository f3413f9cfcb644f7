package se.enkat.collection.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import se.enkat.collection.service.OrganisationService;

/** The register of organisations: every role may read it, administrators maintain it. */
@Path("/api/v1/organisations")
@Produces(MediaType.APPLICATION_JSON)
public class OrganisationResource {

  private final OrganisationService service;

  OrganisationResource(OrganisationService service) {
    this.service = service;
  }

  @GET
  @RolesAllowed({"admin", "respondent", "dashboard"})
  public Uni<List<OrganisationView>> list(
      @QueryParam("type") String type, @QueryParam("county") String county) {
    return service.list(type, county);
  }

  @GET
  @Path("/{code}")
  @RolesAllowed({"admin", "respondent", "dashboard"})
  public Uni<OrganisationView> get(@PathParam("code") String code) {
    return service.get(code);
  }

  /** Creates (201) or updates (200) an organisation. */
  @PUT
  @Path("/{code}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed("admin")
  public Uni<Response> put(@PathParam("code") String code, OrganisationRequest request) {
    OrganisationRequest body =
        request == null ? new OrganisationRequest(null, null, null) : request;
    return service
        .put(code, body.name(), body.type(), body.county())
        .map(
            saved ->
                Response.status(saved.created() ? 201 : 200).entity(saved.organisation()).build());
  }

  /** The body of a PUT. */
  public record OrganisationRequest(String name, String type, String county) {}
}
