package se.enkat.publication.service;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import se.enkat.common.events.ReleasePublished;
import se.enkat.common.problem.ProblemException;
import se.enkat.common.time.Timestamps;
import se.enkat.messaging.Outbox;
import se.enkat.publication.domain.Release;
import se.enkat.publication.domain.RoundProgress;
import se.enkat.publication.repository.ReleaseRepository;

/** Creates releases (snapshots of a round with final values) and publishes them. */
@ApplicationScoped
public class ReleaseService {

  private final ReleaseRepository releases;
  private final Outbox outbox;

  ReleaseService(ReleaseRepository releases, Outbox outbox) {
    this.releases = releases;
    this.outbox = outbox;
  }

  /**
   * Snapshots the round's current values, indicator library, response rate and answers into the
   * next version, in one transaction. The round row is locked, so two concurrent calls get versions
   * N and N+1, never the same.
   */
  @WithTransaction
  public Uni<Release> create(String round) {
    return releases
        .lockRound(round)
        .invoke(progress -> requireReady(round, progress))
        .chain(progress -> releases.snapshot(round, Timestamps.nowMicros()));
  }

  /** DRAFT → PUBLISHED, announced with release.published through the outbox. */
  @WithTransaction
  public Uni<Release> publish(UUID releaseId) {
    OffsetDateTime now = Timestamps.nowMicros();
    return releases
        .lockRelease(releaseId)
        .invoke(release -> requireDraft(releaseId, release))
        .call(release -> releases.publish(releaseId, now))
        .chain(release -> announce(release, now));
  }

  /** DRAFT → DISCARDED: the draft is never published; its version number is not reused. */
  @WithTransaction
  public Uni<Void> discard(UUID releaseId) {
    return releases
        .lockRelease(releaseId)
        .invoke(release -> requireDraft(releaseId, release))
        .chain(() -> releases.discard(releaseId));
  }

  @WithTransaction
  public Uni<List<Release>> list(String round) {
    return releases
        .roundExists(round)
        .invoke(
            exists -> {
              if (!exists) {
                throw ProblemException.notFound("No round " + round + " is known here.");
              }
            })
        .chain(exists -> releases.list(round));
  }

  private Uni<Release> announce(Release draft, OffsetDateTime now) {
    Release published =
        new Release(
            draft.releaseId(),
            draft.round(),
            draft.version(),
            Release.PUBLISHED,
            draft.createdAt(),
            now);
    return releases
        .counts(UUID.fromString(draft.releaseId()))
        .map(
            counts ->
                new ReleasePublished(
                    ReleasePublished.SCHEMA_VERSION,
                    draft.round(),
                    draft.releaseId(),
                    draft.version(),
                    now,
                    counts[0],
                    counts[1]))
        .chain(outbox::append)
        .replaceWith(published);
  }

  private static void requireReady(String round, RoundProgress progress) {
    if (progress == null) {
      throw ProblemException.notFound("No round " + round + " is known here.");
    }
    String reason = progress.notReadyReason();
    if (reason != null) {
      throw ProblemException.conflict(reason);
    }
  }

  private static void requireDraft(UUID releaseId, Release release) {
    if (release == null) {
      throw ProblemException.notFound("No release " + releaseId + " exists.");
    }
    if (release.published()) {
      throw ProblemException.conflict(
          "Release "
              + releaseId
              + " (round "
              + release.round()
              + ", version "
              + release.version()
              + ") was already published at "
              + release.publishedAt()
              + "; a published release never changes. Create a new release for a correction.");
    }
    if (!release.draft()) {
      throw ProblemException.conflict(
          "Release " + releaseId + " was discarded; create a new release instead.");
    }
  }
}
