package se.enkat.publication.domain;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A published release as the read API resolves it: which snapshot of which round. */
public record PublishedRelease(
    UUID releaseId, String round, int version, OffsetDateTime publishedAt) {}
