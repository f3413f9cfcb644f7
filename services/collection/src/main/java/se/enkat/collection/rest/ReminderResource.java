package se.enkat.collection.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import se.enkat.collection.service.ReminderService;

/** Reminders to the respondents of a round's organisations (admin only). */
@Path("/api/v1/rounds/{id}/reminders")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
public class ReminderResource {

  private final ReminderService reminders;
  private final Callers callers;

  ReminderResource(ReminderService reminders, Callers callers) {
    this.reminders = reminders;
    this.callers = callers;
  }

  /**
   * Queues one reminder per organisation of {@code {organisations: [codes]}} that has contacts: 202
   * {round, reminders: [{id, organisation, recipients}], withoutContacts}; sent shortly after.
   */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Uni<Response> remind(@PathParam("id") String round, ReminderRequest request) {
    return reminders
        .queue(callers.current(), round, request)
        .map(accepted -> Response.accepted(accepted).build());
  }

  /** Who was reminded when and by whom, each mail QUEUED or SENT; oldest first. */
  @GET
  public Uni<List<ReminderView>> list(@PathParam("id") String round) {
    return reminders.of(round);
  }
}
