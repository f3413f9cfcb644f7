package se.enkat.common.events;

import jakarta.validation.constraints.NotBlank;
import java.time.OffsetDateTime;

/**
 * Data of {@code release.published} (topic enkat.releases.v1, key = round id): a release of a
 * round's values became public. It never changes afterwards; a correction is a later version.
 *
 * @param values the number of value cells in the release
 * @param respondents the number of organisations whose accepted answers the release holds
 */
public record ReleasePublished(
    int schemaVersion,
    @NotBlank String round,
    @NotBlank String releaseId,
    int version,
    OffsetDateTime publishedAt,
    long values,
    long respondents)
    implements EventData {

  public static final int SCHEMA_VERSION = 1;

  @Override
  public EventAddress address() {
    return new EventAddress(
        EventKind.RELEASE_PUBLISHED, EventKeys.round(round), "releases/" + releaseId);
  }
}
