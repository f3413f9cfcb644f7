package se.enkat.gateway.proxy;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * Gives every request an {@code X-Request-Id} (the client's, when it is sane, or a new one), passes
 * it to the service and returns it to the client, so one id follows a request through every log.
 */
@ApplicationScoped
public class RequestIds {

  public static final String HEADER = "X-Request-Id";
  private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

  void install(@Observes Router router) {
    router
        .route()
        .order(-3000)
        .handler(
            context -> {
              String offered = context.request().getHeader(HEADER);
              String id =
                  offered != null && SANE.matcher(offered).matches()
                      ? offered
                      : UUID.randomUUID().toString();
              context.request().headers().set(HEADER, id);
              context.response().putHeader(HEADER, id);
              MDC.put("requestId", id);
              context.next();
            });
  }
}
