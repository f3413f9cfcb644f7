package se.enkat.publication.domain;

import java.time.OffsetDateTime;

/** A release of a round's values: DRAFT until published, then never changed. */
public record Release(
    String releaseId,
    String round,
    int version,
    String status,
    OffsetDateTime createdAt,
    OffsetDateTime publishedAt) {

  public static final String DRAFT = "DRAFT";
  public static final String PUBLISHED = "PUBLISHED";
  public static final String DISCARDED = "DISCARDED";

  public boolean published() {
    return PUBLISHED.equals(status);
  }

  public boolean draft() {
    return DRAFT.equals(status);
  }
}
