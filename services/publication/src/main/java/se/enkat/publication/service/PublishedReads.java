package se.enkat.publication.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import se.enkat.publication.domain.AnswerRow;
import se.enkat.publication.domain.PublishedRelease;
import se.enkat.publication.domain.PublishedRoundView;
import se.enkat.publication.domain.ResponseRateRow;
import se.enkat.publication.domain.RowSink;
import se.enkat.publication.domain.ValueFilter;
import se.enkat.publication.domain.ValueRow;
import se.enkat.publication.repository.PublishedRepository;
import se.enkat.publication.repository.SeriesRepository;

/**
 * What the published API reads: the rounds with a published release, a release by version, and its
 * values, answers and response rate (rows streamed to the caller as they are read, never held).
 */
@ApplicationScoped
public class PublishedReads {

  private final PublishedRepository published;
  private final SeriesRepository series;

  PublishedReads(PublishedRepository published, SeriesRepository series) {
    this.published = published;
    this.series = series;
  }

  public List<PublishedRoundView> rounds() {
    return published.rounds();
  }

  /** The given published version of the round, or its latest published one when null. */
  public Optional<PublishedRelease> release(String round, Integer version) {
    return published.release(round, version);
  }

  public void values(UUID releaseId, ValueFilter filter, RowSink<ValueRow> sink) {
    published.values(releaseId, filter, sink);
  }

  public void answers(UUID releaseId, RowSink<AnswerRow> sink) {
    published.answers(releaseId, sink);
  }

  public List<ResponseRateRow> responseRate(UUID releaseId) {
    return published.responseRate(releaseId);
  }

  /** The number of the latest publication: a page of the change feed is fixed until it moves. */
  public long lastPublication() {
    return published.lastPublication();
  }

  /** Each year's latest published release: a series changes whenever one of them does. */
  public List<UUID> latestReleaseOfEachYear() {
    return series.releasesByYear().stream().map(y -> y.release().releaseId()).toList();
  }
}
