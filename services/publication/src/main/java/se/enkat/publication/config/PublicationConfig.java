package se.enkat.publication.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the published API ({@code enkat.publication.*}). */
@ConfigMapping(prefix = "enkat.publication")
public interface PublicationConfig {

  /**
   * Whether anyone may read the published API without a token. Off by default; the gateway must let
   * the same paths through without a token for this to matter.
   */
  @WithDefault("false")
  boolean anonymousRead();

  /** Seconds a client or cache may keep an answer about the latest release (it may change). */
  @WithDefault("60")
  int latestMaxAge();

  /** Seconds a client or cache may keep an answer about a pinned release (it never changes). */
  @WithDefault("31536000")
  int pinnedMaxAge();

  /**
   * Answers to value queries of published releases kept in memory (least recently used go first); 0
   * keeps none. A release never changes, so a kept answer is never stale.
   */
  @WithDefault("1000")
  int valueCacheEntries();
}
