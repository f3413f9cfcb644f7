package se.enkat.publication.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes tables as the sheets of one XLSX workbook with FastExcel, flushing rows to the output
 * every {@value #FLUSH_EVERY} rows: memory stays flat however many rows there are. Text is written
 * as inline strings, not into the workbook's shared-string table: that table is held in memory
 * until the end and would grow with every distinct name and comment.
 */
public final class XlsxWriter {

  private static final int FLUSH_EVERY = 500;

  private XlsxWriter() {}

  public static void write(List<Table> tables, OutputStream out) throws IOException {
    Workbook workbook = new Workbook(out, "enkat", "1.0");
    for (Table table : tables) {
      sheet(workbook, table);
    }
    workbook.finish();
  }

  private static void sheet(Workbook workbook, Table table) throws IOException {
    Worksheet sheet = workbook.newWorksheet(table.name());
    List<String> headers = table.headers();
    for (int c = 0; c < headers.size(); c++) {
      sheet.value(0, c, headers.get(c));
      sheet.style(0, c).bold().set();
    }
    sheet.freezePane(0, 1);
    int[] next = {1};
    table
        .rows()
        .each(
            cells -> {
              int r = next[0]++;
              for (int c = 0; c < cells.size(); c++) {
                Object cell = cells.get(c);
                if (cell instanceof Number number) {
                  sheet.value(r, c, number);
                } else if (cell != null) {
                  sheet.inlineString(r, c, cell.toString());
                }
              }
              if (r % FLUSH_EVERY == 0) {
                sheet.flush();
              }
            });
    sheet.finish();
  }
}
