package se.enkat.publication.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import se.enkat.publication.repository.ReleaseRepository;

/** Rounds that have a published release: the dashboards' entry point. */
@Path("/api/v1/published/rounds")
@Produces(MediaType.APPLICATION_JSON)
public class PublishedRoundResource {

  private final ReleaseRepository releases;

  PublishedRoundResource(ReleaseRepository releases) {
    this.releases = releases;
  }

  @GET
  @RolesAllowed("dashboard")
  public Uni<List<PublishedRoundView>> rounds() {
    return releases.latestPublishedPerRound();
  }
}
