package se.enkat.common.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import se.enkat.common.problem.Problem;
import se.enkat.common.problem.ProblemException;
import se.enkat.common.problem.ProblemResponses;

/**
 * Refuses, with a 400 naming the field, any path or query parameter and any text in a request body
 * that PostgreSQL cannot store ({@link StorableText}): bad input must never become a 500, nor an
 * acknowledged submission that a later stage cannot store.
 */
@Provider
public class StorableTextGuard implements ReaderInterceptor {

  /** Path and query parameters, once the resource is matched (so path parameters are named). */
  @ServerRequestFilter
  public Response parameters(ContainerRequestContext request) {
    var uri = request.getUriInfo();
    Response refused = refuse("path parameter", uri.getPathParameters());
    return refused != null ? refused : refuse("query parameter", uri.getQueryParameters());
  }

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    Object body = context.proceed();
    StorableText.find(body)
        .ifPresent(
            found -> {
              throw ProblemException.invalid(
                  "The request contains text that cannot be stored.",
                  List.of(new Problem.Violation(found.field(), found.problem())));
            });
    return body;
  }

  private static Response refuse(String kind, MultivaluedMap<String, String> parameters) {
    for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
      for (String value : parameter.getValue()) {
        String problem = StorableText.problemOf(value);
        if (problem == null && value != null && value.chars().anyMatch(c -> c < 0x20)) {
          problem = "contains a control character";
        }
        if (problem != null) {
          return ProblemResponses.of(
              Problem.invalid(
                  "The " + kind + " " + parameter.getKey() + " is not valid.",
                  List.of(
                      new Problem.Violation(StorableText.printable(parameter.getKey()), problem))));
        }
      }
    }
    return null;
  }
}
