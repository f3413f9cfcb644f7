package se.enkat.validation.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.enkat.validation.service.ValidationSummaryService;

/** Lets an administrator see which rules respondents trip over in a round. */
@Path("/api/v1/rounds/{id}/validation-summary")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Validation")
public class ValidationSummaryResource {

  private final ValidationSummaryService summaries;

  ValidationSummaryResource(ValidationSummaryService summaries) {
    this.summaries = summaries;
  }

  @GET
  @RolesAllowed("admin")
  @Operation(
      summary = "How a round's submissions were judged",
      description =
          "Judged revisions per status, organisations per status of their latest revision,"
              + " violations per code and the ten most violated questions (over every rejected"
              + " revision), and submissions still waiting for the round.")
  @APIResponse(responseCode = "200", description = "The summary")
  @APIResponse(responseCode = "404", description = "No round.opened for this round was received")
  public Uni<ValidationSummary> summary(@PathParam("id") String roundId) {
    return summaries.summary(roundId);
  }
}
