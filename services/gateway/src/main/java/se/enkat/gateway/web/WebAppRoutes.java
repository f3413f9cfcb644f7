package se.enkat.gateway.web;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The web app's side of the gateway: its settings at {@code /config.json} (where Keycloak is, which
 * client to use), and every page path outside {@code /api/} and {@code /q/} answered with the app's
 * {@code index.html} so that a reload or a bookmarked link opens the right page. The built files
 * themselves come from the enkat-web jar's {@code META-INF/resources}.
 */
@ApplicationScoped
public class WebAppRoutes {

  /** Before Quarkus' static resources handler, after the security handlers. */
  private static final int ORDER = -100;

  /** A page path: not the API, not Quarkus' own endpoints, no file extension in the last part. */
  private static final Pattern PAGE = Pattern.compile("/(?!api/|api$|q/|q$)([^.]*|.*/[^./]*)");

  private final String keycloakUrl;
  private final boolean anonymousRead;

  WebAppRoutes(
      @ConfigProperty(name = "enkat.keycloak.url") String keycloakUrl,
      @ConfigProperty(name = "enkat.anonymous-read") boolean anonymousRead) {
    this.keycloakUrl = keycloakUrl;
    this.anonymousRead = anonymousRead;
  }

  void install(@Observes Router router) {
    router.get("/config.json").order(ORDER).handler(this::config);
    router.route().order(ORDER + 1).handler(this::page);
  }

  private void config(RoutingContext context) {
    JsonObject body =
        new JsonObject()
            .put("keycloakUrl", keycloakUrl)
            .put("realm", "enkat")
            .put("clientId", "enkat-web")
            // The public statistics pages open without a login when the published API does.
            .put("anonymousRead", anonymousRead);
    context
        .response()
        .putHeader("Content-Type", "application/json")
        .putHeader("Cache-Control", "no-store")
        .end(body.encode());
  }

  private void page(RoutingContext context) {
    HttpMethod method = context.request().method();
    String path = context.normalizedPath();
    boolean isPage =
        (method == HttpMethod.GET || method == HttpMethod.HEAD)
            && isPage(path)
            && !path.equals("/");
    if (isPage) {
      context.reroute("/index.html");
      return;
    }
    if (path.equals("/") || path.equals("/index.html")) {
      // The app's entry is never cached: a new build's hashed assets are picked up at once.
      context.response().putHeader("Cache-Control", "no-cache");
    } else if (path.startsWith("/assets/")) {
      context.response().putHeader("Cache-Control", "public, max-age=31536000, immutable");
    }
    context.next();
  }

  /** True for a path the app routes itself ({@code /rounds/x}), false for the API and files. */
  public static boolean isPage(String path) {
    return PAGE.matcher(path).matches();
  }
}
