package se.enkat.indicator.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import se.enkat.common.events.RoundOpened;
import se.enkat.indicator.domain.TypeCount;
import se.enkat.messaging.sql.NativeSql;

/** The organisations invited to each round, and how many of them have an accepted answer. */
@ApplicationScoped
public class PopulationRepository {

  private static final String INSERT =
      "insert into invited_organisation (round_id, organisation, name, org_type, county)"
          + " select ?1, p.code, p.name, p.type, p.county"
          + " from jsonb_to_recordset(cast(cast(?2 as text) as jsonb))"
          + " as p(code text, name text, type text, county text)"
          + " on conflict do nothing";

  private static final String RESPONSE_RATE =
      "select i.org_type, count(*), count(a.organisation) from invited_organisation i"
          + " left join answer_set a"
          + " on a.round_id = i.round_id and a.organisation = i.organisation"
          + " where i.round_id = ?1 group by i.org_type order by i.org_type";

  private final ObjectMapper json;

  PopulationRepository(ObjectMapper json) {
    this.json = json;
  }

  public Uni<Integer> insert(String round, List<RoundOpened.InvitedOrganisation> population) {
    if (population == null || population.isEmpty()) {
      return Uni.createFrom().item(0);
    }
    try {
      return NativeSql.update(INSERT, round, json.writeValueAsString(population));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("population cannot be written as JSON", e);
    }
  }

  public Uni<List<TypeCount>> responseRate(String round) {
    return NativeSql.rows(RESPONSE_RATE, round)
        .map(
            rows ->
                rows.stream()
                    .map(
                        row ->
                            new TypeCount(
                                (String) row[0],
                                ((Number) row[1]).longValue(),
                                ((Number) row[2]).longValue()))
                    .toList());
  }
}
