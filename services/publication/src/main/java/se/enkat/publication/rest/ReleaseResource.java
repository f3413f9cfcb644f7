package se.enkat.publication.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import se.enkat.common.problem.ProblemException;
import se.enkat.publication.domain.Release;
import se.enkat.publication.service.ReleaseService;

/** Administrators create releases of a closed round with final values, and publish them. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
public class ReleaseResource {

  private final ReleaseService releases;

  ReleaseResource(ReleaseService releases) {
    this.releases = releases;
  }

  @POST
  @Path("/rounds/{id}/releases")
  public Uni<Response> create(@PathParam("id") String round) {
    return releases
        .create(round)
        .map(
            release ->
                Response.status(Response.Status.CREATED)
                    .header("Location", "/api/v1/releases/" + release.releaseId())
                    .entity(ReleaseView.of(release))
                    .build());
  }

  @GET
  @Path("/rounds/{id}/releases")
  public Uni<List<ReleaseView>> list(@PathParam("id") String round) {
    return releases.list(round).map(list -> list.stream().map(ReleaseView::of).toList());
  }

  @POST
  @Path("/releases/{releaseId}/publish")
  public Uni<ReleaseView> publish(@PathParam("releaseId") String releaseId) {
    return releases.publish(parse(releaseId)).map(ReleaseView::of);
  }

  private static UUID parse(String releaseId) {
    try {
      return UUID.fromString(releaseId);
    } catch (IllegalArgumentException e) {
      throw ProblemException.notFound("No release " + releaseId + " exists.");
    }
  }

  /** A release as administrators see it. */
  public record ReleaseView(
      String releaseId,
      String round,
      int version,
      String status,
      java.time.OffsetDateTime createdAt,
      java.time.OffsetDateTime publishedAt) {

    static ReleaseView of(Release release) {
      return new ReleaseView(
          release.releaseId(),
          release.round(),
          release.version(),
          release.status(),
          release.createdAt(),
          release.publishedAt());
    }
  }
}
