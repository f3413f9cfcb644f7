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
 * and large answers (e.g. every organisation) are never kept. Beside the rows it keeps the JSON
 * answer's bytes, so that the page's most frequent read costs neither a query nor a serialisation
 * (the national page's 300 rows were ~45 KB of garbage per request, and the collections that
 * followed were its slowest responses).
 */
@ApplicationScoped
public class PublishedValueCache {

  /** Rows an answer may have to be kept: national and county answers are a few thousand. */
  static final int MAX_ROWS = 5_000;

  /** Bytes a JSON answer may have to be kept: the national page's is ~45 KB. */
  public static final int MAX_JSON_BYTES = 512 * 1024;

  private final Map<String, List<ValueRow>> entries;
  private final Map<String, byte[]> json;

  PublishedValueCache(PublicationConfig config) {
    int capacity = config.valueCacheEntries();
    this.entries = leastRecentlyUsed(capacity);
    this.json = leastRecentlyUsed(capacity);
  }

  private static <V> Map<String, V> leastRecentlyUsed(int capacity) {
    return new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
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

  /** The JSON answer kept for this release and query, or null. Never modify the array. */
  public synchronized byte[] json(UUID releaseId, String query) {
    return json.get(releaseId + "|" + query);
  }

  /** Keeps the JSON answer of a published release's query, unless it is too large. */
  public synchronized void putJson(UUID releaseId, String query, byte[] bytes) {
    if (bytes.length <= MAX_JSON_BYTES) {
      json.put(releaseId + "|" + query, bytes);
    }
  }
}
