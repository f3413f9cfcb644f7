package se.enkat.validation.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import se.enkat.validation.service.ValidationSummaryService;

/** Lets an administrator see which rules respondents trip over in a round. */
@Path("/api/v1/rounds/{id}/validation-summary")
@Produces(MediaType.APPLICATION_JSON)
public class ValidationSummaryResource {

  private final ValidationSummaryService summaries;

  ValidationSummaryResource(ValidationSummaryService summaries) {
    this.summaries = summaries;
  }

  @GET
  @RolesAllowed("admin")
  public Uni<ValidationSummary> summary(@PathParam("id") String roundId) {
    return summaries.summary(roundId);
  }
}
