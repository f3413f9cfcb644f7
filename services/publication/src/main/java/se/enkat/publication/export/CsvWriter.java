package se.enkat.publication.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes a table as RFC 4180 CSV: comma-separated, CRLF line ends, fields with a comma, quote or
 * line break quoted (quotes doubled). UTF-8 with a byte-order mark so that Excel shows å, ä, ö.
 */
public final class CsvWriter {

  private static final char BOM = '\uFEFF';

  private CsvWriter() {}

  public static void write(Table table, OutputStream out) throws IOException {
    Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 65536);
    writer.write(BOM);
    line(writer, List.copyOf(table.headers()));
    table.rows().each(cells -> line(writer, cells));
    writer.flush();
  }

  private static void line(Writer writer, List<?> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        writer.write(',');
      }
      writer.write(field(cells.get(i)));
    }
    writer.write("\r\n");
  }

  static String field(Object value) {
    if (value == null) {
      return "";
    }
    String text = value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
    boolean quote =
        text.indexOf(',') >= 0
            || text.indexOf('"') >= 0
            || text.indexOf('\n') >= 0
            || text.indexOf('\r') >= 0;
    return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
  }
}
