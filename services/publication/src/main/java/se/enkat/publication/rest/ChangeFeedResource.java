package se.enkat.publication.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import se.enkat.publication.config.PublicationConfig;
import se.enkat.publication.domain.ChangeFeed;
import se.enkat.publication.service.PublishedReads;
import se.enkat.publication.service.ReleaseDiffs;

/**
 * The delta feed: every publication after a cursor, in order, with the cells it changed. A
 * dashboard starts without {@code since}, applies each entry's cells, keeps {@code next}, and asks
 * again with it (at once while {@code more} is true, later otherwise).
 */
@Path("/api/v1/published/changes")
public class ChangeFeedResource {

  private final PublishedAccess access;
  private final ReleaseDiffs diffs;
  private final PublishedReads published;
  private final Caching caching;
  private final PublicationConfig config;

  ChangeFeedResource(
      PublishedAccess access,
      ReleaseDiffs diffs,
      PublishedReads published,
      Caching caching,
      PublicationConfig config) {
    this.access = access;
    this.diffs = diffs;
    this.published = published;
    this.caching = caching;
    this.config = config;
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Response changes(
      @QueryParam("since") String since,
      @QueryParam("limit") Integer limit,
      @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
    access.check();
    long cursor = ReleaseDiffs.cursor(since);
    // A page is fixed once the publications after the cursor are: the latest number says when.
    String etag =
        caching.etag("changes|" + cursor + "|" + limit + "|" + published.lastPublication());
    Response.ResponseBuilder response;
    if (Caching.notModified(ifNoneMatch, etag)) {
      response = Response.notModified();
    } else {
      ChangeFeed feed = diffs.feed(since, limit);
      response = Response.ok(feed, MediaType.APPLICATION_JSON);
    }
    return response
        .tag(new EntityTag(etag))
        .header("Cache-Control", "public, max-age=" + config.latestMaxAge())
        .build();
  }
}
