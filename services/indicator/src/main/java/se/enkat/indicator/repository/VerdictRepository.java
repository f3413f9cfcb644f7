package se.enkat.indicator.repository;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** The verdicts applied per round, once per revision, whatever event ids they came with. */
@ApplicationScoped
public class VerdictRepository {

  private static final String RECORD =
      "insert into applied_verdict (round_id, organisation, revision, outcome)"
          + " values (?1, ?2, ?3, ?4) on conflict do nothing";

  private final NativeSql sql;

  VerdictRepository(NativeSql sql) {
    this.sql = sql;
  }

  /** Emits true when this revision's verdict was not recorded before. */
  public Uni<Boolean> record(String round, String organisation, int revision, String outcome) {
    return sql.update(RECORD, round, organisation, revision, outcome).map(n -> n == 1);
  }
}
