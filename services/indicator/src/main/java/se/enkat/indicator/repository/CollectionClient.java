package se.enkat.indicator.repository;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The collection service's round and questionnaire API, called with the administrator's own token
 * when an indicator is defined for a round this service has not heard of yet.
 */
@RegisterRestClient(configKey = "collection")
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public interface CollectionClient {

  @GET
  @Path("/rounds/{id}")
  Uni<JsonNode> round(
      @HeaderParam("Authorization") String authorization, @PathParam("id") String id);

  @GET
  @Path("/questionnaires/{id}/versions/{version}")
  Uni<JsonNode> questionnaire(
      @HeaderParam("Authorization") String authorization,
      @PathParam("id") String id,
      @PathParam("version") int version);
}
