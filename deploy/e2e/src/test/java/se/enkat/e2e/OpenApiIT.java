package se.enkat.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.enkat.stack.StackConfig;
import se.enkat.stack.StackPort;

/**
 * {@code GET /api/v1/openapi} through the gateway: one valid OpenAPI 3 document (parsed and
 * validated by swagger-parser, every reference resolved) that describes every endpoint the services
 * implement, for anyone, with an ETag.
 */
class OpenApiIT {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private static StackConfig stack;

  @BeforeAll
  static void startStack() {
    stack = E2eStack.get();
  }

  @Test
  void theGatewayServesOneValidDocumentCoveringEveryPublicEndpoint() throws Exception {
    HttpResponse<String> response = get(null);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(response.body(), null, options);
    assertThat(parsed.getMessages()).as("OpenAPI validation messages").isEmpty();
    OpenAPI api = parsed.getOpenAPI();
    assertThat(api.getOpenapi()).startsWith("3.");

    Set<String> described = new TreeSet<>();
    api.getPaths()
        .forEach(
            (path, item) ->
                item.readOperationsMap()
                    .keySet()
                    .forEach(
                        method ->
                            described.add(
                                method.name()
                                    + " "
                                    + MatrixCoversEveryEndpointTest.normalise(path))));
    Set<String> implemented =
        MatrixCoversEveryEndpointTest.endpoints(
            AuthorizationMatrixIT.projectRoot().resolve("services"));
    implemented.removeIf(endpoint -> !endpoint.contains(" /api/v1/"));
    assertThat(implemented).hasSizeGreaterThan(25);
    assertThat(described).as("endpoints in the merged document").containsAll(implemented);
    assertThat(described).allMatch(endpoint -> endpoint.contains(" /api/v1/"));
    assertThat(api.getPaths().get("/api/v1/published/rounds/{id}/values"))
        .extracting(PathItem::getGet)
        .isNotNull();
  }

  @Test
  void thePublishedApisMainAnswersHaveExamples() throws Exception {
    OpenAPI api =
        new OpenAPIV3Parser().readContents(get(null).body(), null, new ParseOptions()).getOpenAPI();

    for (String path :
        List.of(
            "/api/v1/published/rounds/{id}/values",
            "/api/v1/published/series/{indicator}",
            "/api/v1/published/rounds/{id}/changes",
            "/api/v1/published/changes")) {
      MediaType json =
          api.getPaths()
              .get(path)
              .getGet()
              .getResponses()
              .get("200")
              .getContent()
              .get("application/json");
      assertThat(json).as("GET %s answers JSON", path).isNotNull();
      assertThat(json.getExamples()).as("examples of GET %s", path).isNotEmpty();
      json.getExamples()
          .forEach(
              (name, example) -> {
                assertThat(example.getSummary()).as(name).isNotBlank();
                // Every published number comes with its numerator and denominator.
                assertThat(String.valueOf(example.getValue()))
                    .as("%s of %s", name, path)
                    .contains("numerator")
                    .contains("denominator");
              });
    }
  }

  @Test
  void aReaderWithTheDocumentsETagGets304() throws Exception {
    HttpResponse<String> first = get(null);
    String etag = first.headers().firstValue("ETag").orElseThrow();

    HttpResponse<String> again = get(etag);

    assertThat(again.statusCode()).isEqualTo(304);
  }

  private static HttpResponse<String> get(String ifNoneMatch) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(
                URI.create("http://localhost:" + stack.port(StackPort.GATEWAY) + "/api/v1/openapi"))
            .timeout(Duration.ofSeconds(30));
    if (ifNoneMatch != null) {
      request.header("If-None-Match", ifNoneMatch);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
