package se.enkat.collection.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import se.enkat.collection.service.AuditService;
import se.enkat.collection.service.ProgressService;
import se.enkat.collection.service.RoundExtensionService;
import se.enkat.collection.service.RoundLifecycleService;
import se.enkat.collection.service.RoundService;

/** Survey rounds: administrators create, open and close them; invited respondents read them. */
@Path("/api/v1/rounds")
@Produces(MediaType.APPLICATION_JSON)
public class RoundResource {

  private final RoundService rounds;
  private final RoundLifecycleService lifecycle;
  private final ProgressService progress;
  private final Callers callers;
  private final RoundExtensionService extensions;
  private final AuditService audit;

  RoundResource(
      RoundService rounds,
      RoundLifecycleService lifecycle,
      ProgressService progress,
      Callers callers,
      RoundExtensionService extensions,
      AuditService audit) {
    this.extensions = extensions;
    this.audit = audit;
    this.rounds = rounds;
    this.lifecycle = lifecycle;
    this.progress = progress;
    this.callers = callers;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed("admin")
  public Uni<Response> create(@NotNull @Valid NewRound round) {
    return rounds
        .create(callers.current(), round)
        .map(
            created ->
                Response.created(URI.create("/api/v1/rounds/" + created.id()))
                    .entity(created)
                    .build());
  }

  @GET
  @RolesAllowed({"admin", "respondent"})
  public Uni<List<RoundView>> list(@QueryParam("status") String status) {
    return rounds.list(callers.current(), status);
  }

  @GET
  @Path("/{id}")
  @RolesAllowed({"admin", "respondent"})
  public Uni<RoundView> get(@PathParam("id") String id) {
    return rounds.get(callers.current(), id);
  }

  @POST
  @Path("/{id}/open")
  @RolesAllowed("admin")
  public Uni<RoundView> open(@PathParam("id") String id) {
    return lifecycle.open(callers.current(), id);
  }

  @POST
  @Path("/{id}/close")
  @RolesAllowed("admin")
  public Uni<RoundView> close(@PathParam("id") String id) {
    return lifecycle.close(callers.current(), id);
  }

  /**
   * Extends the closing date {@code {closesAt, organisation?}}: for the whole round, or for one
   * organisation of its population; 200 the round with its extensions.
   */
  @POST
  @Path("/{id}/extensions")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed("admin")
  public Uni<RoundView> extend(
      @PathParam("id") String id, @NotNull RoundExtensionService.Extension extension) {
    return extensions.extend(callers.current(), id, extension);
  }

  /** The round's actions, oldest first: who did what, filtered by actor and action. */
  @GET
  @Path("/{id}/audit")
  @RolesAllowed("admin")
  public Uni<List<AuditService.Entry>> audit(
      @PathParam("id") String id,
      @QueryParam("actor") String actor,
      @QueryParam("action") String action) {
    return audit.of(id, actor, action);
  }

  @GET
  @Path("/{id}/progress")
  @RolesAllowed("admin")
  public Uni<ProgressView> progress(@PathParam("id") String id) {
    return progress.of(id);
  }

  /**
   * The questions that apply to the respondent's organisation type; an administrator gets all of
   * them, or those of {@code type}.
   */
  @GET
  @Path("/{id}/questionnaire")
  @RolesAllowed({"admin", "respondent"})
  public Uni<JsonNode> questionnaire(@PathParam("id") String id, @QueryParam("type") String type) {
    return rounds.questionnaireFor(callers.current(), id, type);
  }
}
