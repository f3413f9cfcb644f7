package se.enkat.e2e;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the campaign found, as the markdown docs/reliability.md keeps, and the list of problems (an
 * empty list is a pass): every figure a reader of the report would check.
 */
final class CampaignReport {

  private record Window(String fault, Instant start, Instant back, Instant drained) {}

  private final CampaignPlan plan;
  private final String round;
  private final List<Window> windows = new ArrayList<>();
  private final List<String> lines = new ArrayList<>();
  private final List<String> problems = new ArrayList<>();
  private Instant began;
  private CampaignLedger ledger;
  private List<SubmissionLoad.Failure> failures = List.of();

  CampaignReport(CampaignPlan plan, String round) {
    this.plan = plan;
    this.round = round;
  }

  void window(String fault, Instant start, Instant back, Instant drained) {
    windows.add(new Window(fault, start, back, drained));
    if (drained == null) {
      problems.add("not drained within " + plan.drainTimeout().toSeconds() + " s after " + fault);
    }
  }

  void load(
      Instant began,
      CampaignLedger ledger,
      List<SubmissionLoad.Failure> failures,
      List<String> unexpected) {
    this.began = began;
    this.ledger = ledger;
    this.failures = failures;
    unexpected.forEach(answer -> problems.add("unexpected answer: " + answer));
  }

  void stored(
      CampaignLedger ledger,
      Map<String, CampaignChecks.Revision> revisions,
      long stillReceived,
      Map<String, Long> unsent) {
    long lost = 0;
    long wrongBody = 0;
    long wrongVerdict = 0;
    Map<String, CampaignLedger.Entry> acknowledged = ledger.byRevision();
    for (Map.Entry<String, CampaignLedger.Entry> entry : acknowledged.entrySet()) {
      CampaignChecks.Revision stored = revisions.get(entry.getKey());
      CampaignLedger.Entry sent = entry.getValue();
      if (stored == null) {
        lost++;
        problems.add("lost: " + entry.getKey() + " (key " + sent.key() + ")");
      } else if (!stored.key().equals(sent.key())
          || !stored.answers().equals(sent.answers())
          || !stored.comments().equals(sent.comments())) {
        wrongBody++;
        problems.add("stored differently: " + entry.getKey());
      } else if (!stored.status().equals(sent.valid() ? "ACCEPTED" : "REJECTED")) {
        wrongVerdict++;
        problems.add(entry.getKey() + " is " + stored.status() + ", valid=" + sent.valid());
      }
    }
    long doubleCounted =
        revisions.keySet().stream().filter(k -> !acknowledged.containsKey(k)).count();
    if (doubleCounted > 0) {
      problems.add(doubleCounted + " stored revisions no 202 acknowledged (double-counted)");
    }
    if (stillReceived > 0) {
      problems.add(stillReceived + " revisions still RECEIVED");
    }
    long unsentRows = unsent.values().stream().mapToLong(Long::longValue).sum();
    if (unsentRows > 0) {
      problems.add("unsent outbox rows: " + unsent);
    }
    lines.add(
        String.format(
            Locale.ROOT,
            "| submissions acknowledged (202, first sends) | %d (%d valid, %d invalid) |",
            acknowledged.size(),
            acknowledged.values().stream().filter(CampaignLedger.Entry::valid).count(),
            acknowledged.values().stream().filter(e -> !e.valid()).count()));
    lines.add(
        "| replays of an Idempotency-Key acknowledged with the first revision | "
            + ledger.count(true)
            + " |");
    lines.add("| stored revisions of the round | " + revisions.size() + " |");
    lines.add("| lost (acknowledged, not stored) | " + lost + " |");
    lines.add(
        "| double-counted (stored without an acknowledgement of their own) | "
            + doubleCounted
            + " |");
    lines.add("| stored with another body or key | " + wrongBody + " |");
    lines.add(
        "| wrong verdict (valid not ACCEPTED, invalid not REJECTED) | " + wrongVerdict + " |");
    lines.add("| revisions still RECEIVED | " + stillReceived + " |");
    lines.add("| unsent outbox rows | " + unsent + " |");
  }

  void deadLetters(Map<String, long[]> counts) {
    StringBuilder all = new StringBuilder();
    counts.forEach(
        (topic, count) -> {
          if (count[0] > 0) {
            all.append(topic)
                .append(": ")
                .append(count[0])
                .append(" (this round ")
                .append(count[1])
                .append(") ");
          }
          if (count[1] > 0) {
            problems.add(count[1] + " dead letters of this round in " + topic);
          }
        });
    lines.add(
        "| dead letters (every `.dlq` topic) | "
            + (all.isEmpty() ? "0" : all.toString().trim())
            + " |");
  }

  void indicator(List<String> differences, int cells) {
    differences.forEach(d -> problems.add("indicator value differs from the tally: " + d));
    lines.add(
        "| indicator values (national) equal to the independent tally | "
            + (cells - Math.min(cells, differences.size()))
            + " of "
            + cells
            + " cells"
            + (differences.isEmpty() ? "" : "; " + differences.size() + " differ")
            + " |");
  }

  void release(String releaseId, List<String> differences) {
    differences.forEach(d -> problems.add("released value differs from the tally: " + d));
    lines.add(
        "| release created (201) and published | "
            + releaseId
            + "; "
            + (differences.isEmpty()
                ? "every national cell equal to the tally"
                : differences.size() + " cells differ")
            + " |");
  }

  void ready(List<String> notReady) {
    if (!notReady.isEmpty()) {
      problems.add("not ready at the end: " + notReady);
    }
    lines.add(
        "| services ready at the end | "
            + (notReady.isEmpty() ? "all five" : "NOT " + notReady)
            + " |");
  }

  List<String> problems() {
    return List.copyOf(problems);
  }

  String markdown() {
    List<String> out = new ArrayList<>();
    out.add(
        String.format(
            Locale.ROOT,
            "Campaign `%s`, round `%s`, %s: %d organisations, %d respondent threads, ~%.0f"
                + " submissions/s; %d s in all.",
            plan.name(),
            round,
            began,
            plan.regions() + plan.municipalities(),
            plan.threads(),
            plan.submissionsPerSecond(),
            Duration.between(began, Instant.now()).toSeconds()));
    out.add("");
    out.add(
        "| fault | back and ready after | drained after | 202s in window | 5xx | dropped connections |");
    out.add("| --- | --- | --- | --- | --- | --- |");
    for (int i = 0; i < windows.size(); i++) {
      Window window = windows.get(i);
      Instant end = i + 1 < windows.size() ? windows.get(i + 1).start() : Instant.now();
      out.add(
          String.format(
              Locale.ROOT,
              "| %s | %s | %s | %d | %s | %d |",
              window.fault(),
              seconds(window.start(), window.back()),
              window.drained() == null ? "NOT drained" : seconds(window.start(), window.drained()),
              acknowledged(window.start(), end),
              serverErrors(window.start(), end),
              failures(window.start(), end, "dropped")));
    }
    out.add("");
    out.add("| check | result |");
    out.add("| --- | --- |");
    out.addAll(lines);
    out.add(
        "| 5xx and dropped connections before the first fault | "
            + (failures(began, windows.isEmpty() ? Instant.now() : windows.get(0).start(), ""))
            + " |");
    out.add("");
    out.add(
        problems.isEmpty() ? "Result: PASS" : "Result: FAIL, " + problems.size() + " problems:");
    problems.stream().limit(40).forEach(problem -> out.add("- " + problem));
    return String.join("\n", out) + "\n";
  }

  private long acknowledged(Instant from, Instant to) {
    return ledger.entries().stream()
        .filter(e -> !e.at().isBefore(from) && e.at().isBefore(to))
        .count();
  }

  /** The count of 5xx answers in the window, with each status: {@code 36 (HTTP 502 × 36)}. */
  private String serverErrors(Instant from, Instant to) {
    Map<String, Long> byStatus = new java.util.TreeMap<>();
    failures.stream()
        .filter(f -> f.what().startsWith("HTTP 5") && !f.at().isBefore(from) && f.at().isBefore(to))
        .forEach(f -> byStatus.merge(f.what(), 1L, Long::sum));
    long all = byStatus.values().stream().mapToLong(Long::longValue).sum();
    if (all == 0) {
      return "0";
    }
    List<String> parts = new ArrayList<>();
    byStatus.forEach((status, count) -> parts.add(status + " × " + count));
    return all + " (" + String.join(", ", parts) + ")";
  }

  private long failures(Instant from, Instant to, String kind) {
    return failures.stream()
        .filter(f -> f.what().startsWith(kind) && !f.at().isBefore(from) && f.at().isBefore(to))
        .count();
  }

  private static String seconds(Instant from, Instant to) {
    return String.format(Locale.ROOT, "%.1f s", Duration.between(from, to).toMillis() / 1000.0);
  }
}
