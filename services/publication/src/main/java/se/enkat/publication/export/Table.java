package se.enkat.publication.export;

import java.io.IOException;
import java.util.List;

/**
 * A table to export: a name (the XLSX sheet), column headers, and rows produced on demand so that a
 * writer can stream them. Cells are strings, numbers or null.
 */
public record Table(String name, List<String> headers, Rows rows) {

  /** Produces the rows, handing each to the sink in turn. */
  @FunctionalInterface
  public interface Rows {
    void each(RowSink sink) throws IOException;
  }

  /** Takes one row of cells. */
  @FunctionalInterface
  public interface RowSink {
    void row(List<Object> cells) throws IOException;
  }
}
