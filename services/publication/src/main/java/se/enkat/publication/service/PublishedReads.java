package se.enkat.publication.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import se.enkat.publication.domain.AnswerRow;
import se.enkat.publication.domain.PublishedRelease;
import se.enkat.publication.domain.PublishedRound;
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
  private final PublishedValueCache cache;

  PublishedReads(
      PublishedRepository published, SeriesRepository series, PublishedValueCache cache) {
    this.published = published;
    this.series = series;
    this.cache = cache;
  }

  public List<PublishedRound> rounds() {
    return published.rounds();
  }

  /** The given published version of the round, or its latest published one when null. */
  public Optional<PublishedRelease> release(String round, Integer version) {
    return published.release(round, version);
  }

  /**
   * The values of a published release that pass the filter. A page's query (the national page, a
   * county) is answered from {@link PublishedValueCache} after its first time; the rows are then
   * written out as they were read.
   */
  public void values(UUID releaseId, ValueFilter filter, RowSink<ValueRow> sink)
      throws IOException {
    String query = cacheKey(filter);
    List<ValueRow> kept = cache.get(releaseId, query);
    if (kept != null) {
      for (ValueRow row : kept) {
        sink.accept(row);
      }
      return;
    }
    List<ValueRow> read = new ArrayList<>();
    published.values(
        releaseId,
        filter,
        row -> {
          if (read.size() <= PublishedValueCache.MAX_ROWS) {
            read.add(row);
          }
          sink.accept(row);
        });
    cache.put(releaseId, query, read);
  }

  /** The values' JSON answer as it was first written, or null when not kept (yet). */
  public byte[] keptValuesJson(UUID releaseId, ValueFilter filter) {
    return cache.json(releaseId, cacheKey(filter));
  }

  /** Keeps the values' JSON answer, once written, for the next reader of the same query. */
  public void keepValuesJson(UUID releaseId, ValueFilter filter, byte[] bytes) {
    cache.putJson(releaseId, cacheKey(filter), bytes);
  }

  private static String cacheKey(ValueFilter filter) {
    return filter.combinedGroup() + "|" + filter.columns();
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
