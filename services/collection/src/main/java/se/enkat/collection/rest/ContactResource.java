package se.enkat.collection.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import se.enkat.collection.domain.Contact;
import se.enkat.collection.service.ContactService;

/** The respondents' e-mail contacts of an organisation, where reminders go (admin only). */
@Path("/api/v1/organisations/{code}/contacts")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
public class ContactResource {

  private final ContactService contacts;

  ContactResource(ContactService contacts) {
    this.contacts = contacts;
  }

  @GET
  public Uni<List<Contact>> list(@PathParam("code") String code) {
    return contacts.of(code);
  }

  /** Replaces the contacts with {@code [{email, name?}]} (at most 20); 200 as stored. */
  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  public Uni<List<Contact>> replace(@PathParam("code") String code, List<Contact> requested) {
    return contacts.replace(code, requested);
  }
}
