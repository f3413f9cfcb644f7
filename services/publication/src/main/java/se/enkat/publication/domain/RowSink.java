package se.enkat.publication.domain;

import java.io.IOException;

/** Something that takes rows one at a time and may write them out (a streamed answer). */
@FunctionalInterface
public interface RowSink<T> {
  void accept(T row) throws IOException;
}
