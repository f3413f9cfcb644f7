package se.enkat.messaging.sql;

import java.util.ArrayList;
import java.util.List;

/** Splits a list into consecutive views of at most a given size (statements, events). */
public final class Chunks {

  private Chunks() {}

  /** Consecutive sub-list views of {@code all}, each of at most {@code size}; none when empty. */
  public static <T> List<List<T>> of(List<T> all, int size) {
    List<List<T>> chunks = new ArrayList<>((all.size() + size - 1) / size);
    for (int from = 0; from < all.size(); from += size) {
      chunks.add(all.subList(from, Math.min(all.size(), from + size)));
    }
    return chunks;
  }
}
