package se.enkat.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * This machine's PostgreSQL ceiling for the submission's write, measured by {@code pgbench} on the
 * stack's own server: one transaction inserting a revision row (answers as text, about the size of
 * the 2025 questionnaire's) and its outbox row, as collection's submit does, from 8 clients. Load
 * figures divided by it compare across machines.
 */
final class PgbenchCeiling {

  /** Transactions per second and how it was measured. */
  record Result(double tps, int clients, int seconds) {}

  private static final String SETUP =
      """
      drop table if exists ceiling_revision, ceiling_outbox;
      create table ceiling_revision (round_id text not null, organisation_code text not null,
        revision bigint not null, answers text not null, comments text not null,
        status text not null, submitted_at timestamptz not null, idempotency_key text not null,
        primary key (round_id, organisation_code, revision));
      create table ceiling_outbox (seq bigserial primary key, id uuid not null unique,
        topic text not null, event_key text not null, event_type text not null,
        source text not null, subject text, event_time timestamptz not null,
        payload text not null, created_at timestamptz not null default now(),
        sent_at timestamptz);
      """;

  private static final String TRANSACTION =
      """
      \\set org random(1, 311)
      \\set rev random(1, 2000000000)
      begin;
      insert into ceiling_revision values ('ceiling', :org || '-' || :client_id, :rev,
        repeat('a', 1500), '{}', 'RECEIVED', now(), md5(:rev::text || clock_timestamp()::text))
        on conflict do nothing;
      insert into ceiling_outbox (id, topic, event_key, event_type, source, subject, event_time,
        payload) values (gen_random_uuid(), 'enkat.submissions.v1', 'ceiling/' || :org,
        'submission.received', '/collection', 'ceiling/' || :org, now(), repeat('p', 1800));
      commit;
      """;

  private final String pgbench;
  private final int port;
  private final Path work;

  PgbenchCeiling(String pgbench, int port, Path work) {
    this.pgbench = pgbench;
    this.port = port;
    this.work = work;
  }

  /** The pgbench on PATH, or null. */
  static String find() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
      Path candidate = Path.of(dir, "pgbench");
      if (Files.isExecutable(candidate)) {
        return candidate.toString();
      }
    }
    return null;
  }

  Result measure(int clients, int seconds) {
    try {
      Files.createDirectories(work);
      Path setup = Files.writeString(work.resolve("ceiling-setup.sql"), SETUP);
      Path transaction = Files.writeString(work.resolve("ceiling-transaction.sql"), TRANSACTION);
      run(List.of("-n", "-t", "1", "-c", "1", "-f", setup.toString()));
      String out =
          run(
              List.of(
                  "-n",
                  "-c",
                  Integer.toString(clients),
                  "-j",
                  "2",
                  "-T",
                  Integer.toString(seconds),
                  "-f",
                  transaction.toString()));
      Matcher tps = Pattern.compile("tps = ([0-9.]+)").matcher(out);
      if (!tps.find()) {
        throw new DemoException("pgbench printed no tps:\n" + out);
      }
      run(List.of("-n", "-t", "1", "-c", "1", "-f", writeCleanup().toString()));
      return new Result(Double.parseDouble(tps.group(1)), clients, seconds);
    } catch (IOException e) {
      throw new DemoException("pgbench could not run: " + e);
    }
  }

  private Path writeCleanup() throws IOException {
    return Files.writeString(
        work.resolve("ceiling-cleanup.sql"),
        "drop table if exists ceiling_revision, ceiling_outbox;");
  }

  private String run(List<String> args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(pgbench);
    command.addAll(List.of("-h", "localhost", "-p", Integer.toString(port), "-U", "postgres"));
    command.addAll(args);
    command.add("postgres");
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    try {
      if (!process.waitFor(5, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new DemoException("pgbench did not finish: " + command);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DemoException("interrupted while pgbench ran");
    }
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (process.exitValue() != 0) {
      throw new DemoException("pgbench failed (exit " + process.exitValue() + "):\n" + out);
    }
    return out;
  }
}
