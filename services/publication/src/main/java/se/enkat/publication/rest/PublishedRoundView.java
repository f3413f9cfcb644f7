package se.enkat.publication.rest;

import java.time.OffsetDateTime;

/** A round with a published release, as dashboards list it. */
public record PublishedRoundView(
    String round, String releaseId, int version, OffsetDateTime publishedAt) {}
