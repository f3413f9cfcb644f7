package se.enkat.collection.rest;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.net.URI;
import java.util.List;
import se.enkat.collection.service.QuestionnaireService;

/** Questionnaire versions: uploaded and read by administrators. */
@Path("/api/v1/questionnaires")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
public class QuestionnaireResource {

  private final QuestionnaireService service;

  QuestionnaireResource(QuestionnaireService service) {
    this.service = service;
  }

  /**
   * Uploads a version: 201 when stored, 200 when the identical version was stored before (both with
   * {id, version}); 400 with every violation; 409 for other content under a stored version.
   */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Uni<Response> upload(JsonNode questionnaire) {
    return service
        .upload(questionnaire)
        .map(
            uploaded ->
                Response.status(uploaded.created() ? 201 : 200)
                    .location(
                        URI.create(
                            "/api/v1/questionnaires/"
                                + uploaded.id()
                                + "/versions/"
                                + uploaded.version()))
                    .entity(new VersionRef(uploaded.id(), uploaded.version()))
                    .build());
  }

  /** Every stored version: {id, version, title, questions, uploadedAt}, by id and version. */
  @GET
  public Uni<List<QuestionnaireService.StoredVersion>> list() {
    return service.list();
  }

  @GET
  @Path("/{id}/versions/{version}")
  public Uni<Response> get(@PathParam("id") String id, @PathParam("version") int version) {
    return service
        .content(id, version)
        .map(content -> Response.ok(content, MediaType.APPLICATION_JSON).build());
  }

  /** The answer to an upload. */
  public record VersionRef(String id, int version) {}
}
