package se.enkat.publication.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import se.enkat.publication.config.PublicationConfig;
import se.enkat.publication.domain.ValueRow;

/**
 * The values of published releases that pages ask for again and again (the national page, a
 * county), kept in memory so that a repeated query costs no database round trip. A published
 * release's values never change (the database refuses an update or delete of {@code
 * release_value}), so an entry is never stale; the least recently used go when the cache is full,
 * and large answers (e.g. every organisation) are never kept.
 */
@ApplicationScoped
public class PublishedValueCache {

  /** Rows an answer may have to be kept: national and county answers are a few thousand. */
  static final int MAX_ROWS = 5_000;

  private final Map<String, List<ValueRow>> entries;

  PublishedValueCache(PublicationConfig config) {
    int capacity = config.valueCacheEntries();
    this.entries =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, List<ValueRow>> eldest) {
            return size() > capacity;
          }
        };
  }

  /** The rows kept for this release and query, or null. */
  public synchronized List<ValueRow> get(UUID releaseId, String query) {
    return entries.get(releaseId + "|" + query);
  }

  /** Keeps the rows of a published release's query, unless there are too many. */
  public synchronized void put(UUID releaseId, String query, List<ValueRow> rows) {
    if (rows.size() <= MAX_ROWS) {
      entries.put(releaseId + "|" + query, List.copyOf(rows));
    }
  }
}
