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
 *
 * <p>Text that a spreadsheet would run as a formula (it starts with =, +, -, @, a tab or a carriage
 * return; respondents' comments are free text) gets a leading apostrophe, as OWASP advises against
 * CSV injection: Excel and LibreOffice then show it as text. Numbers are written as they are.
 */
public final class CsvWriter {

  private static final char BOM = '\uFEFF';

  private CsvWriter() {}

  public static void write(Table table, OutputStream out) throws IOException {
    write(table, out, true);
  }

  /**
   * Without the byte-order mark for formats whose first bytes are fixed (SDMX-CSV begins with
   * {@code STRUCTURE}).
   */
  public static void write(Table table, OutputStream out, boolean byteOrderMark)
      throws IOException {
    Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 65536);
    if (byteOrderMark) {
      writer.write(BOM);
    }
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
    String text;
    if (value instanceof BigDecimal decimal) {
      text = decimal.toPlainString();
    } else if (value instanceof Number) {
      text = value.toString();
    } else {
      text = defused(value.toString());
    }
    boolean quote =
        text.indexOf(',') >= 0
            || text.indexOf('"') >= 0
            || text.indexOf('\n') >= 0
            || text.indexOf('\r') >= 0;
    return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
  }

  /** The text with a leading apostrophe when a spreadsheet would take it for a formula. */
  static String defused(String text) {
    if (text.isEmpty()) {
      return text;
    }
    return switch (text.charAt(0)) {
      case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
      default -> text;
    };
  }
}
