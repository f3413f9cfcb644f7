package se.enkat.collection.rest;

import jakarta.ws.rs.core.StreamingOutput;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import se.enkat.common.problem.Problem;
import se.enkat.common.problem.ProblemException;

/**
 * The per-organisation progress list as a file: CSV (RFC 4180, UTF-8) or XLSX (FastExcel), picked
 * as the published API picks (format= first, then Accept), one row per organisation.
 */
final class ProgressFiles {

  static final String CSV = "text/csv";
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private static final List<String> HEADERS =
      List.of(
          "organisation",
          "name",
          "type",
          "county",
          "state",
          "revision",
          "lastActivity",
          "closesAt",
          "violations",
          "reminders",
          "lastReminder",
          "onBehalf");

  private ProgressFiles() {}

  /** "json", "csv" or "xlsx"; 400 for an unknown format=, 406 when Accept offers none of them. */
  static String choose(String format, String accept) {
    if (format != null && !format.isBlank()) {
      String f = format.trim().toLowerCase(Locale.ROOT);
      if (!List.of("json", "csv", "xlsx").contains(f)) {
        throw ProblemException.invalid("format", "must be one of json, csv, xlsx");
      }
      return f;
    }
    if (accept == null || accept.isBlank()) {
      return "json";
    }
    String a = accept.toLowerCase(Locale.ROOT);
    if (a.contains("application/json") || a.contains("*/*") || a.contains("application/*")) {
      return "json";
    }
    if (a.contains(CSV)) {
      return "csv";
    }
    if (a.contains(XLSX)) {
      return "xlsx";
    }
    throw new ProblemException(
        Problem.of(
            406,
            "Not acceptable",
            "Offered: application/json, " + CSV + ", " + XLSX + " (or format=json|csv|xlsx)."));
  }

  static StreamingOutput csv(List<OrganisationProgressView> rows) {
    return out -> {
      Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      writer.write(line(HEADERS));
      for (OrganisationProgressView row : rows) {
        writer.write(line(cells(row).stream().map(c -> c == null ? "" : c.toString()).toList()));
      }
      writer.flush();
    };
  }

  static StreamingOutput xlsx(List<OrganisationProgressView> rows) {
    return out -> {
      Workbook workbook = new Workbook(out, "enkat", "1.0");
      Worksheet sheet = workbook.newWorksheet("progress");
      for (int c = 0; c < HEADERS.size(); c++) {
        sheet.value(0, c, HEADERS.get(c));
        sheet.style(0, c).bold().set();
      }
      sheet.freezePane(0, 1);
      for (int r = 0; r < rows.size(); r++) {
        List<Object> cells = cells(rows.get(r));
        for (int c = 0; c < cells.size(); c++) {
          Object cell = cells.get(c);
          if (cell instanceof Number number) {
            sheet.value(r + 1, c, number);
          } else if (cell != null) {
            sheet.inlineString(r + 1, c, cell.toString());
          }
        }
      }
      sheet.finish();
      workbook.finish();
    };
  }

  private static List<Object> cells(OrganisationProgressView row) {
    List<Object> cells = new ArrayList<>();
    cells.add(row.organisation().code());
    cells.add(row.organisation().name());
    cells.add(row.organisation().type());
    cells.add(row.organisation().county());
    cells.add(row.state());
    cells.add(row.revision());
    cells.add(row.lastActivity());
    cells.add(row.closesAt());
    List<String> violations = new ArrayList<>();
    row.violations()
        .forEach(
            v ->
                violations.add(
                    v.path("question").asText("") + ": " + v.path("text").path("sv").asText("")));
    cells.add(String.join("; ", violations));
    cells.add(row.reminders().size());
    cells.add(
        row.reminders().isEmpty() ? null : row.reminders().get(row.reminders().size() - 1).at());
    cells.add(row.onBehalf() ? "yes" : "no");
    return cells;
  }

  private static String line(List<String> cells) {
    return cells.stream().map(ProgressFiles::quoted).collect(Collectors.joining(",")) + "\r\n";
  }

  /** RFC 4180 quoting; a leading =, +, - or @ is prefixed so a spreadsheet runs no formula. */
  private static String quoted(String cell) {
    String value = cell;
    if (!value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0) {
      value = "'" + value;
    }
    if (value.contains(",")
        || value.contains("\"")
        || value.contains("\n")
        || value.contains("\r")) {
      return "\"" + value.replace("\"", "\"\"") + "\"";
    }
    return value;
  }
}
