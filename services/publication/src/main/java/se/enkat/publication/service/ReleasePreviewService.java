package se.enkat.publication.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import se.enkat.common.problem.ProblemException;
import se.enkat.publication.domain.CellChange;
import se.enkat.publication.domain.PublishedRelease;
import se.enkat.publication.domain.Release;
import se.enkat.publication.domain.ValueFilter;
import se.enkat.publication.domain.ValueRow;
import se.enkat.publication.repository.PublishedRepository;
import se.enkat.publication.repository.ReleaseRepository;

/**
 * What an administrator checks before publishing: a release's values (a DRAFT's above all) and what
 * changes against the round's latest published release.
 */
@ApplicationScoped
public class ReleasePreviewService {

  private final ReleaseRepository releases;
  private final PublishedRepository published;

  ReleasePreviewService(ReleaseRepository releases, PublishedRepository published) {
    this.releases = releases;
    this.published = published;
  }

  /** The release and its values that pass the filter, in library order. */
  public record Preview(Release release, List<ValueRow> values) {}

  /**
   * The release, the published release it is compared with (null when none), and the cells that
   * differ (the same comparison as the published API's changes between versions).
   */
  public record Comparison(Release release, PublishedRelease against, List<CellChange> cells) {}

  public Uni<Preview> preview(UUID releaseId, ValueFilter filter) {
    return existing(releaseId)
        .chain(release -> blocking(() -> new Preview(release, values(releaseId, filter))));
  }

  public Uni<Comparison> compare(UUID releaseId) {
    return existing(releaseId)
        .chain(
            release ->
                blocking(
                    () -> {
                      PublishedRelease latest =
                          published
                              .release(release.round(), null)
                              .filter(p -> !p.releaseId().equals(releaseId))
                              .orElse(null);
                      return new Comparison(
                          release,
                          latest,
                          published.cellChanges(
                              latest == null ? null : latest.releaseId(), releaseId));
                    }));
  }

  private Uni<Release> existing(UUID releaseId) {
    return Panache.withSession(() -> releases.find(releaseId))
        .invoke(
            release -> {
              if (release == null) {
                throw ProblemException.notFound("No release " + releaseId + " exists.");
              }
            });
  }

  private List<ValueRow> values(UUID releaseId, ValueFilter filter) {
    List<ValueRow> rows = new ArrayList<>();
    published.values(releaseId, filter, rows::add);
    return rows;
  }

  // The published API's repository reads with JDBC: off the event loop.
  private static <T> Uni<T> blocking(java.util.function.Supplier<T> work) {
    return Uni.createFrom().item(work).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
  }
}
