package se.enkat.publication.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import se.enkat.publication.rest.PublishedRoundView;

/** Reads releases. */
@ApplicationScoped
public class ReleaseRepository {

  private static final String LATEST_PUBLISHED =
      "select distinct on (round_id) round_id, cast(release_id as text), version, published_at"
          + " from release where status = 'PUBLISHED'"
          + " order by round_id, version desc";

  @WithSession
  public Uni<List<PublishedRoundView>> latestPublishedPerRound() {
    return Panache.getSession()
        .chain(
            session -> session.createNativeQuery(LATEST_PUBLISHED, Object[].class).getResultList())
        .map(
            rows ->
                rows.stream()
                    .map(
                        row ->
                            new PublishedRoundView(
                                (String) row[0],
                                (String) row[1],
                                ((Number) row[2]).intValue(),
                                (OffsetDateTime) row[3]))
                    .toList());
  }
}
