package se.enkat.indicator.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import se.enkat.indicator.repository.IndicatorDefinitionRepository;

/** A round's indicator definitions and their live, provisional values (admin only). */
@Path("/api/v1/rounds/{id}/indicators")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
public class IndicatorResource {

  private final IndicatorDefinitionRepository definitions;

  IndicatorResource(IndicatorDefinitionRepository definitions) {
    this.definitions = definitions;
  }

  @GET
  public Uni<List<IndicatorDefinitionView>> definitions(@PathParam("id") String roundId) {
    return definitions.byRound(roundId);
  }
}
