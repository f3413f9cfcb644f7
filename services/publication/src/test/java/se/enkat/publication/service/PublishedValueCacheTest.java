package se.enkat.publication.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.enkat.publication.config.PublicationConfig;
import se.enkat.publication.domain.ValueRow;

class PublishedValueCacheTest {

  private static final UUID RELEASE = UUID.randomUUID();

  @Test
  void aQueryIsKeptPerReleaseAndTheLeastRecentlyUsedGoesFirst() {
    PublishedValueCache cache = new PublishedValueCache(config(2));
    List<ValueRow> national = List.of(row("plan.exists", 19, 21));
    cache.put(RELEASE, "national", national);
    cache.put(RELEASE, "county=23", List.of(row("plan.exists", 6, 8)));

    assertThat(cache.get(RELEASE, "national")).isEqualTo(national);
    assertThat(cache.get(UUID.randomUUID(), "national")).isNull();
    cache.put(RELEASE, "county=01", List.of(row("plan.exists", 1, 2)));

    assertThat(cache.get(RELEASE, "county=23")).as("least recently used").isNull();
    assertThat(cache.get(RELEASE, "national")).isEqualTo(national);
  }

  @Test
  void largeAnswersAndACacheOfNoEntriesKeepNothing() {
    PublishedValueCache cache = new PublishedValueCache(config(10));
    List<ValueRow> many =
        new ArrayList<>(Collections.nCopies(PublishedValueCache.MAX_ROWS + 1, row("x", 1, 1)));
    cache.put(RELEASE, "organisation", many);
    assertThat(cache.get(RELEASE, "organisation")).isNull();

    PublishedValueCache off = new PublishedValueCache(config(0));
    off.put(RELEASE, "national", List.of(row("plan.exists", 19, 21)));
    assertThat(off.get(RELEASE, "national")).isNull();
  }

  @Test
  void aJsonAnswerIsKeptPerReleaseAndQueryUnlessItIsTooLarge() {
    PublishedValueCache cache = new PublishedValueCache(config(10));
    byte[] national = "[{\"numerator\":19}]".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    cache.putJson(RELEASE, "national", national);
    cache.putJson(RELEASE, "everyone", new byte[PublishedValueCache.MAX_JSON_BYTES + 1]);

    assertThat(cache.json(RELEASE, "national")).isEqualTo(national);
    assertThat(cache.json(RELEASE, "county=23")).isNull();
    assertThat(cache.json(UUID.randomUUID(), "national")).isNull();
    assertThat(cache.json(RELEASE, "everyone")).isNull();
  }

  private static ValueRow row(String indicator, long numerator, long denominator) {
    return new ValueRow(
        indicator,
        "national",
        "REGION",
        null,
        null,
        null,
        numerator,
        denominator,
        BigDecimal.valueOf(100.0 * numerator / denominator));
  }

  private static PublicationConfig config(int entries) {
    return new PublicationConfig() {
      @Override
      public boolean anonymousRead() {
        return false;
      }

      @Override
      public int latestMaxAge() {
        return 60;
      }

      @Override
      public int pinnedMaxAge() {
        return 31536000;
      }

      @Override
      public int valueCacheEntries() {
        return entries;
      }
    };
  }
}
