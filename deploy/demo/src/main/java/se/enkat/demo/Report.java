package se.enkat.demo;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.enkat.questionnaire.model.OrganisationType;

/**
 * The printed table: for every seed row, the published n, numerator and percentage for regions and
 * municipalities beside the seed's printed percentage, with the impossible figures named.
 */
final class Report {

  /** One published figure beside what the plan's answers give and what the seed printed. */
  record Cell(
      SeedRow row,
      OrganisationType type,
      PublishedValue published,
      Tally.Count expected,
      Target target) {

    boolean matchesAnswers() {
      return published != null
          && published.numerator() == expected.numerator()
          && published.denominator() == expected.denominator();
    }

    /** True when the published whole percentage is the seed's printed one. */
    boolean matchesSeed() {
      return published != null
          && published.denominator() > 0
          && Percent.whole((int) published.numerator(), (int) published.denominator())
              == row.printed(type).percent();
    }
  }

  private final List<Cell> cells = new ArrayList<>();
  private final boolean full2025;

  Report(DemoPlan plan, Map<String, PublishedValue> published, boolean full2025) {
    this.full2025 = full2025;
    for (SeedRow row : SeedFigures.rows()) {
      for (OrganisationType type : SeedFigures.types()) {
        cells.add(
            new Cell(
                row,
                type,
                published.get(Published.key(row.indicator(), type.name(), row.category())),
                Tally.count(plan, row, type),
                full2025 ? SeedFigures.target(row, type) : null));
      }
    }
  }

  List<Cell> cells() {
    return cells;
  }

  long mismatches() {
    return cells.stream().filter(c -> !c.matchesAnswers()).count();
  }

  void printResponseRate(PrintStream out, List<ResponseRate> rates) {
    out.println("Response rate (published)      invited  answered     rate   seed");
    for (ResponseRate rate : rates) {
      String seed =
          switch (rate.type()) {
            case "REGION" -> "100 %";
            case "MUNICIPALITY" -> SeedFigures.PRINTED_MUNICIPAL_RATE + " %";
            default -> "";
          };
      out.printf(
          Locale.ROOT,
          "  %-28s %7d %9d %7s %% %6s%n",
          rate.type(),
          rate.invited(),
          rate.answered(),
          rate.percent(),
          full2025 ? seed : "");
    }
    if (full2025) {
      out.println(
          "  The seed's 87 % divides 260 answers by a population that also counts city districts"
              + " (87 % fits 298-300 invited);");
      out.println("  here the round invites the 290 municipalities only, so 260/290 = 89.7 %.");
    }
    out.println();
  }

  void printTable(PrintStream out) {
    List<String> notes = new ArrayList<>();
    String table = null;
    out.println(
        String.format(
            Locale.ROOT,
            "%-50s | %-26s | %-26s",
            "",
            "Regions (published | seed)",
            "Municipalities (published | seed)"));
    out.println(
        String.format(
            Locale.ROOT,
            "%-50s | %4s %4s %6s %4s %4s | %4s %4s %6s %4s %4s",
            "indicator",
            "n",
            "k",
            "%",
            "≈%",
            "seed",
            "n",
            "k",
            "%",
            "≈%",
            "seed"));
    for (int i = 0; i < cells.size(); i += 2) {
      Cell region = cells.get(i);
      Cell municipality = cells.get(i + 1);
      if (!region.row().table().equals(table)) {
        table = region.row().table();
        out.println("-- " + table);
      }
      String name = name(region.row());
      out.println(
          String.format(
              Locale.ROOT,
              "%-50s | %s | %s",
              name,
              cell(region, notes),
              cell(municipality, notes)));
    }
    out.println();
    out.println(
        "  n = respondents counted, k = numerator, % as published (one decimal), ≈% rounded half-up"
            + " like the seed.");
    out.println(
        "  * = composite indicator composite.<question>: it and every question it follows up are"
            + " yes, over all respondents.");
    notes.forEach(out::println);
    out.println();
  }

  /** The row as the table shows it: the counted question, a star for a composite. */
  static String name(SeedRow row) {
    if (row.category() != null) {
      return row.question() + "=" + row.category();
    }
    return row.composite() ? row.question() + " *" : row.question();
  }

  private String cell(Cell cell, List<String> notes) {
    SeedRow.Printed printed = cell.row().printed(cell.type());
    if (cell.published() == null) {
      notes.add("  MISSING: no published value for " + cell.row().indicator() + " " + cell.type());
      return String.format(
          Locale.ROOT, "%4s %4s %6s %4s %3d%%", "-", "-", "-", "-", printed.percent());
    }
    long n = cell.published().denominator();
    long k = cell.published().numerator();
    int whole = n == 0 ? 0 : Percent.whole((int) k, (int) n);
    String mark = "";
    if (!cell.matchesAnswers()) {
      mark = "X";
      notes.add(
          "  X "
              + cell.row().indicator()
              + " "
              + cell.type()
              + ": published "
              + k
              + "/"
              + n
              + " but the submitted answers give "
              + cell.expected().numerator()
              + "/"
              + cell.expected().denominator());
    } else if (full2025 && cell.target().status() != Target.Status.EXACT) {
      int number = notes.size() + 1;
      mark = cell.target().status() == Target.Status.IMPOSSIBLE ? "!" + number : "n" + number;
      notes.add(
          "  "
              + mark
              + " "
              + cell.row().indicator()
              + " "
              + cell.type().name().toLowerCase(Locale.ROOT)
              + ": "
              + cell.target().note());
    }
    return String.format(
        Locale.ROOT,
        "%4d %4d %6s %3d%% %3d%%%s",
        n,
        k,
        cell.published().percent() == null ? "-" : cell.published().percent(),
        whole,
        printed.percent(),
        mark.isEmpty() ? "" : " " + mark);
  }
}
