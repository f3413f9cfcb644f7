package se.enkat.publication.rest;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import se.enkat.common.reference.Counties;
import se.enkat.common.reference.County;
import se.enkat.common.reference.FocusArea;
import se.enkat.common.reference.FocusAreas;
import se.enkat.common.reference.ReportingGroups;

/**
 * What the published values are described by: the counties (any role), and for dashboards the focus
 * areas of the development indicators and the reporting groups values are published for.
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class ReferenceResource {

  private final PublishedAccess access;

  ReferenceResource(PublishedAccess access) {
    this.access = access;
  }

  /** The 21 counties (län): code and name. */
  @GET
  @Path("/counties")
  @Authenticated
  public List<County> counties() {
    return Counties.ALL;
  }

  @GET
  @Path("/published/focus-areas")
  public List<FocusArea> focusAreas() {
    access.check();
    return FocusAreas.ALL;
  }

  @GET
  @Path("/published/groups")
  public List<ReportingGroups.Group> groups() {
    access.check();
    return ReportingGroups.ALL;
  }
}
