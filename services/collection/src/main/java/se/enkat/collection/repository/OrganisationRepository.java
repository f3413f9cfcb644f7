package se.enkat.collection.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import se.enkat.collection.domain.Organisation;

/** Queries over the organisation table. */
@ApplicationScoped
public class OrganisationRepository implements PanacheRepositoryBase<Organisation, String> {

  /** Organisations by code, optionally of one type and one county. */
  public Uni<List<Organisation>> search(String type, String county) {
    List<String> conditions = new ArrayList<>();
    Parameters parameters = new Parameters();
    if (type != null) {
      conditions.add("type = :type");
      parameters.and("type", type);
    }
    if (county != null) {
      conditions.add("county = :county");
      parameters.and("county", county);
    }
    if (conditions.isEmpty()) {
      return findAll(Sort.by("code")).list();
    }
    return find(String.join(" and ", conditions), Sort.by("code"), parameters).list();
  }

  public Uni<List<Organisation>> ofTypes(Collection<String> types) {
    return list("type in ?1", Sort.by("code"), types);
  }

  public Uni<List<Organisation>> withCodes(Collection<String> codes) {
    return list("code in ?1", Sort.by("code"), codes);
  }
}
