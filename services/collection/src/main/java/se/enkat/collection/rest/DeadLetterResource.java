package se.enkat.collection.rest;

import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import se.enkat.common.events.Topics;
import se.enkat.common.problem.ProblemException;
import se.enkat.messaging.deadletter.DeadLetterQueues;
import se.enkat.messaging.deadletter.DeadLetterQueues.Letter;
import se.enkat.messaging.deadletter.DeadLetterQueues.Summary;

/**
 * The operator's dead letters, for every topic of the platform (all services' consumers dead-letter
 * into them): how many wait, each letter with its reason, and replay once the cause is fixed.
 * Administrators only; {@code ./enkat dlq} calls it.
 */
@Path("/api/v1/admin/dead-letters")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
public class DeadLetterResource {

  /** The letters waiting in one topic's dead-letter topic. */
  public record Waiting(String topic, String deadLetterTopic, int waiting, List<Letter> letters) {}

  /** What a replay sent back. */
  public record Replayed(String topic, int replayed) {}

  private final DeadLetterQueues queues;

  DeadLetterResource(DeadLetterQueues queues) {
    this.queues = queues;
  }

  @GET
  @Blocking
  public List<Summary> summaries() {
    return queues.summaries();
  }

  @GET
  @Path("/{topic}")
  @Blocking
  public Waiting waiting(@PathParam("topic") String topic) {
    String main = known(topic);
    List<Letter> letters = queues.waiting(main);
    return new Waiting(main, Topics.deadLetter(main), letters.size(), letters);
  }

  @POST
  @Path("/{topic}/replay")
  @Blocking
  public Replayed replay(@PathParam("topic") String topic) {
    String main = known(topic);
    return new Replayed(main, queues.replay(main));
  }

  private static String known(String topic) {
    return DeadLetterQueues.topicNamed(topic)
        .orElseThrow(
            () ->
                ProblemException.notFound(
                    "No topic named " + topic + "; the topics are " + Topics.ALL + "."));
  }
}
