package se.enkat.publication.domain;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.OffsetDateTime;
import java.util.List;

/** A round with published releases, as dashboards list it: the latest version first. */
public record PublishedRound(
    String round,
    @JsonRawValue String title,
    String releaseId,
    int version,
    OffsetDateTime publishedAt,
    List<Version> versions) {

  /** One published version of the round. */
  public record Version(String releaseId, int version, OffsetDateTime publishedAt) {}
}
