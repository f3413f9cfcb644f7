package se.enkat.publication.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import se.enkat.common.problem.ProblemException;
import se.enkat.publication.domain.CellChange;
import se.enkat.publication.domain.ChangeFeed;
import se.enkat.publication.domain.PublishedRelease;
import se.enkat.publication.domain.ReleaseChanges;
import se.enkat.publication.repository.PublishedRepository;
import se.enkat.publication.repository.PublishedRepository.Publication;

/**
 * What changed between published releases: between two versions of one round, and as a feed of
 * every publication after a cursor, so that a dashboard can keep its copy exactly in step without
 * downloading everything again.
 */
@ApplicationScoped
public class ReleaseDiffs {

  /** Publications per feed page unless the reader asks for fewer. */
  public static final int FEED_PAGE = 10;

  public static final int FEED_PAGE_MAX = 100;

  private final PublishedRepository published;

  ReleaseDiffs(PublishedRepository published) {
    this.published = published;
  }

  /**
   * The cells that differ between version {@code from} and {@code to} of a round; {@code to}
   * defaults to the latest published version, {@code from} to the one published before it (none
   * before the first: every cell is then added).
   */
  public ReleaseChanges between(PublishedRelease from, PublishedRelease to) {
    List<CellChange> cells =
        published.cellChanges(from == null ? null : from.releaseId(), to.releaseId());
    return new ReleaseChanges(
        to.round(),
        from == null ? null : version(from),
        version(to),
        ReleaseChanges.Counts.of(cells),
        cells);
  }

  /** The version published before {@code to}, if there is one. */
  public PublishedRelease previous(PublishedRelease to) {
    return published.releaseBefore(to.round(), to.version()).orElse(null);
  }

  /** The publications after the cursor (at most {@code limit}), each with its changed cells. */
  public ChangeFeed feed(String since, Integer limit) {
    long cursor = cursor(since);
    int size = limit == null ? FEED_PAGE : limit;
    if (size < 1 || size > FEED_PAGE_MAX) {
      throw ProblemException.invalid("limit", "must be between 1 and " + FEED_PAGE_MAX);
    }
    List<Publication> page = published.publicationsAfter(cursor, size + 1);
    boolean more = page.size() > size;
    List<ChangeFeed.Entry> entries = new ArrayList<>();
    for (Publication publication : page.subList(0, Math.min(size, page.size()))) {
      List<CellChange> cells =
          publication.after().equals(publication.before())
              ? List.of()
              : published.cellChanges(publication.before(), publication.after());
      entries.add(
          new ChangeFeed.Entry(
              Long.toString(publication.seq()),
              publication.round(),
              publication.version(),
              publication.releaseId(),
              publication.publishedAt(),
              publication.beforeVersion(),
              publication.afterVersion(),
              ReleaseChanges.Counts.of(cells),
              cells));
    }
    String next =
        entries.isEmpty() ? Long.toString(cursor) : entries.get(entries.size() - 1).cursor();
    return new ChangeFeed(entries, next, more);
  }

  /** The cursor a reader sent: absent or empty is the start of the feed. */
  public static long cursor(String since) {
    if (since == null || since.isBlank()) {
      return 0;
    }
    String trimmed = since.trim();
    if (trimmed.length() <= 18 && trimmed.chars().allMatch(Character::isDigit)) {
      return Long.parseLong(trimmed);
    }
    throw ProblemException.invalid(
        "since", "must be a cursor this feed returned as next (or absent to start from the first)");
  }

  private static ReleaseChanges.Version version(PublishedRelease release) {
    return new ReleaseChanges.Version(
        release.version(), release.releaseId().toString(), release.publishedAt());
  }
}
