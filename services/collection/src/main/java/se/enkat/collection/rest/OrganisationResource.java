package se.enkat.collection.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import se.enkat.collection.service.OrganisationService;

/** The register of organisations: every role may read it. */
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
    return service.list(type, county).map(list -> list.stream().map(OrganisationView::of).toList());
  }
}
