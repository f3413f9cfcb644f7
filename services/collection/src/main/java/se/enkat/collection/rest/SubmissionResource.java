package se.enkat.collection.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import se.enkat.collection.rest.SubmissionViews.CheckResult;
import se.enkat.collection.rest.SubmissionViews.Draft;
import se.enkat.collection.rest.SubmissionViews.Latest;
import se.enkat.collection.rest.SubmissionViews.RevisionView;
import se.enkat.collection.service.AnswerReviewService;
import se.enkat.collection.service.SubmissionMetrics;
import se.enkat.collection.service.SubmissionService;

/**
 * One organisation's draft and submissions in a round: its respondent, or an administrator. The
 * service checks that a respondent only reaches its own organisation's paths.
 */
@Path("/api/v1/rounds/{round}/submissions/{organisation}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"admin", "respondent"})
public class SubmissionResource {

  static final String IDEMPOTENCY_KEY = "Idempotency-Key";
  static final String REPLAYED = "Idempotent-Replayed";

  private final SubmissionService submissions;
  private final AnswerReviewService review;
  private final Callers callers;
  private final SubmissionMetrics metrics;

  SubmissionResource(
      SubmissionService submissions,
      AnswerReviewService review,
      Callers callers,
      SubmissionMetrics metrics) {
    this.submissions = submissions;
    this.metrics = metrics;
    this.review = review;
    this.callers = callers;
  }

  /**
   * "Check my answers": the verdict on {answers, comments?} by the same engine and rules as
   * validation, without storing anything: {violations, visible}.
   */
  @POST
  @Path("/check")
  @Consumes(MediaType.APPLICATION_JSON)
  public Uni<CheckResult> check(
      @PathParam("round") String round,
      @PathParam("organisation") String organisation,
      SubmissionBody body) {
    return review.check(callers.current(), round, organisation, body);
  }

  /** Every revision, newest first, with the one that counts marked. */
  @GET
  @Path("/revisions")
  public Uni<List<RevisionView>> revisions(
      @PathParam("round") String round, @PathParam("organisation") String organisation) {
    return review.revisions(callers.current(), round, organisation);
  }

  /** Submits a new revision: 202 {round, organisation, revision, status: RECEIVED}. */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Uni<Response> submit(
      @PathParam("round") String round,
      @PathParam("organisation") String organisation,
      @HeaderParam(IDEMPOTENCY_KEY) String key,
      SubmissionBody body) {
    return submissions
        .submit(callers.current(), round, organisation, key, body)
        // committed by now; a replayed key stored nothing and is not counted again
        .invoke(
            submitted -> {
              if (!submitted.replayed()) {
                metrics.received(round);
              }
            })
        .map(
            submitted ->
                Response.accepted(submitted.receipt())
                    .location(
                        URI.create("/api/v1/rounds/" + round + "/submissions/" + organisation))
                    .header(REPLAYED, submitted.replayed())
                    .build());
  }

  /** The latest revision: {revision, status, violations, answers, comments, ...}. */
  @GET
  public Uni<Latest> latest(
      @PathParam("round") String round, @PathParam("organisation") String organisation) {
    return submissions.latest(callers.current(), round, organisation);
  }

  @PUT
  @Path("/draft")
  @Consumes(MediaType.APPLICATION_JSON)
  public Uni<Draft> saveDraft(
      @PathParam("round") String round,
      @PathParam("organisation") String organisation,
      SubmissionBody body) {
    return submissions.saveDraft(callers.current(), round, organisation, body);
  }

  @GET
  @Path("/draft")
  public Uni<Draft> draft(
      @PathParam("round") String round, @PathParam("organisation") String organisation) {
    return submissions.draft(callers.current(), round, organisation);
  }
}
