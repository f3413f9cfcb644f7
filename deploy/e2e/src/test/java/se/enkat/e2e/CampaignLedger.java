package se.enkat.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every 202 the campaign's respondents received: what was sent, under which key, and the revision
 * the gateway acknowledged. What the platform holds afterwards is checked against it.
 */
final class CampaignLedger {

  /** One acknowledged submission. */
  record Entry(
      String organisation,
      String key,
      JsonNode answers,
      JsonNode comments,
      boolean valid,
      int revision,
      boolean replay,
      Instant at) {}

  private final List<Entry> entries = new ArrayList<>();

  synchronized void add(Entry entry) {
    entries.add(entry);
  }

  synchronized List<Entry> entries() {
    return List.copyOf(entries);
  }

  /** The organisation's last acknowledged first submission (not a replay), or null. */
  synchronized Entry last(String organisation) {
    for (int i = entries.size() - 1; i >= 0; i--) {
      Entry entry = entries.get(i);
      if (entry.organisation().equals(organisation) && !entry.replay()) {
        return entry;
      }
    }
    return null;
  }

  /** Each submission once (replays left out), by organisation and revision. */
  synchronized Map<String, Entry> byRevision() {
    Map<String, Entry> byRevision = new LinkedHashMap<>();
    entries.stream()
        .filter(entry -> !entry.replay())
        .forEach(entry -> byRevision.put(entry.organisation() + "#" + entry.revision(), entry));
    return byRevision;
  }

  /**
   * Each organisation's latest accepted answers: the valid submission with the highest revision.
   */
  synchronized Map<String, JsonNode> latestAccepted() {
    Map<String, Entry> latest = new LinkedHashMap<>();
    for (Entry entry : byRevision().values()) {
      Entry before = latest.get(entry.organisation());
      if (entry.valid() && (before == null || entry.revision() > before.revision())) {
        latest.put(entry.organisation(), entry);
      }
    }
    Map<String, JsonNode> answers = new LinkedHashMap<>();
    latest.forEach((organisation, entry) -> answers.put(organisation, entry.answers()));
    return answers;
  }

  synchronized long count(boolean replay) {
    return entries.stream().filter(entry -> entry.replay() == replay).count();
  }
}
