package se.enkat.common.problem;

import jakarta.ws.rs.core.Response;

/** Builds JAX-RS responses carrying a problem document. */
public final class ProblemResponses {

  private ProblemResponses() {}

  public static Response of(Problem problem) {
    return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
  }
}
