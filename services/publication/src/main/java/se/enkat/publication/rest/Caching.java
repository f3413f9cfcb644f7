package se.enkat.publication.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.function.Supplier;
import se.enkat.publication.config.PublicationConfig;
import se.enkat.publication.domain.PublishedRelease;

/**
 * HTTP caching of published answers. A release never changes, so the same release, resource,
 * representation and filters always give the same bytes: that is the strong ETag. A pinned release
 * ({@code release=}) may be cached for good; "the latest" only briefly, since a new version may be
 * published.
 */
@ApplicationScoped
public class Caching {

  private final PublicationConfig config;

  Caching(PublicationConfig config) {
    this.config = config;
  }

  public String etag(
      PublishedRelease release, String resource, Representation representation, String query) {
    return etag(release.releaseId() + "|" + resource + "|" + representation.format() + "|" + query);
  }

  /** A strong ETag for whatever {@code identity} names exactly. */
  public String etag(String identity) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 27);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** True when If-None-Match names this ETag (or is {@code *}). */
  public static boolean notModified(String ifNoneMatch, String etag) {
    if (ifNoneMatch == null) {
      return false;
    }
    for (String candidate : ifNoneMatch.split(",")) {
      String tag = candidate.trim();
      if (tag.startsWith("W/")) {
        tag = tag.substring(2); // If-None-Match compares weakly (RFC 9110 13.1.2)
      }
      if (tag.equals("*") || tag.equals('"' + etag + '"')) {
        return true;
      }
    }
    return false;
  }

  /**
   * A conditional read: 304 when If-None-Match names the ETag, otherwise the body in its
   * representation, a file ({@code filename} plus the representation's extension) to save when it
   * is a download (CSV, XLSX, SDMX-CSV). The body is made only when it is sent.
   */
  public static Response.ResponseBuilder conditional(
      String ifNoneMatch,
      String etag,
      Representation representation,
      String filename,
      Supplier<StreamingOutput> body) {
    if (notModified(ifNoneMatch, etag)) {
      return Response.notModified().tag(new EntityTag(etag));
    }
    Response.ResponseBuilder response =
        Response.ok(body.get()).type(representation.contentType()).tag(new EntityTag(etag));
    if (representation == Representation.CSV
        || representation == Representation.XLSX
        || representation == Representation.SDMX_CSV) {
      String extension =
          representation == Representation.SDMX_CSV ? "sdmx.csv" : representation.format();
      response.header(
          "Content-Disposition",
          "attachment; filename=\"" + safe(filename) + "." + extension + "\"");
    }
    return response;
  }

  /** Cache headers of an answer that follows the latest releases (no release pinned). */
  public Response.ResponseBuilder latest(Response.ResponseBuilder response) {
    return response
        .header("Cache-Control", "public, max-age=" + config.latestMaxAge())
        .header("Vary", "Accept");
  }

  private static String safe(String filename) {
    return filename.replaceAll("[^A-Za-z0-9._-]", "_");
  }

  public Response.ResponseBuilder headers(
      Response.ResponseBuilder response, PublishedRelease release, boolean pinned, String etag) {
    String cacheControl =
        pinned
            ? "public, max-age=" + config.pinnedMaxAge() + ", immutable"
            : "public, max-age=" + config.latestMaxAge();
    return response
        .tag(new EntityTag(etag))
        .header("Cache-Control", cacheControl)
        .header("Vary", "Accept")
        .header("Enkat-Release-Id", release.releaseId().toString())
        .header("Enkat-Release-Version", release.version());
  }
}
