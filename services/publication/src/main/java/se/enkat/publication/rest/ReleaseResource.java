package se.enkat.publication.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import se.enkat.common.problem.ProblemException;
import se.enkat.publication.domain.Release;
import se.enkat.publication.domain.ValueFilter;
import se.enkat.publication.rest.ReleasePreviewViews.Against;
import se.enkat.publication.rest.ReleasePreviewViews.DiffView;
import se.enkat.publication.rest.ReleasePreviewViews.PreviewValue;
import se.enkat.publication.rest.ReleasePreviewViews.ValuesView;
import se.enkat.publication.service.ReleaseMetrics;
import se.enkat.publication.service.ReleasePreviewService;
import se.enkat.publication.service.ReleaseService;

/**
 * Administrators create releases of a closed round with final values, preview a draft's values and
 * what it changes, discard or publish it.
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
public class ReleaseResource {

  private final ReleaseService releases;
  private final ReleasePreviewService previews;
  private final ReleaseMetrics metrics;

  ReleaseResource(ReleaseService releases, ReleasePreviewService previews, ReleaseMetrics metrics) {
    this.releases = releases;
    this.previews = previews;
    this.metrics = metrics;
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
    return releases
        .publish(parse(releaseId))
        .invoke(release -> metrics.published(release.round()))
        .map(ReleaseView::of);
  }

  /** Any release's values (a DRAFT's included) with n, numerator, denominator and percent. */
  @GET
  @Path("/releases/{releaseId}/values")
  public Uni<ValuesView> values(
      @PathParam("releaseId") String releaseId,
      @QueryParam("indicator") String indicator,
      @QueryParam("level") String level,
      @QueryParam("type") String type,
      @QueryParam("county") String county,
      @QueryParam("organisation") String organisation) {
    ValueFilter filter = new ValueFilter(indicator, level, type, county, organisation).validated();
    return previews
        .preview(parse(releaseId), filter)
        .map(
            p ->
                new ValuesView(
                    p.release().releaseId(),
                    p.release().round(),
                    p.release().version(),
                    p.release().status(),
                    p.values().stream().map(PreviewValue::of).toList()));
  }

  /** What publishing this release changes against the round's latest published release. */
  @GET
  @Path("/releases/{releaseId}/diff")
  public Uni<DiffView> diff(@PathParam("releaseId") String releaseId) {
    return previews
        .compare(parse(releaseId))
        .map(
            c ->
                DiffView.of(
                    c.release().releaseId(),
                    c.release().version(),
                    c.against() == null
                        ? null
                        : new Against(c.against().releaseId().toString(), c.against().version()),
                    c.cells()));
  }

  /** Discards a DRAFT: 204; 409 for a published or discarded release; 404. */
  @DELETE
  @Path("/releases/{releaseId}")
  public Uni<Response> discard(@PathParam("releaseId") String releaseId) {
    return releases.discard(parse(releaseId)).map(ignored -> Response.noContent().build());
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
