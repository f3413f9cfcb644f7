package se.enkat.demo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * JSON over HTTP with the retries a well-behaved client makes: after a 429 it waits as long as
 * {@code Retry-After} says; after a refused connection or a 502/503/504 it backs off and retries a
 * few times. Everything else is the caller's to judge.
 */
public final class Api {

  public static final ObjectMapper JSON = new ObjectMapper();

  private static final int MAX_RATE_LIMITED = 30;
  private static final int MAX_UNAVAILABLE = 6;

  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  /** A response: status, body and headers. */
  public record Reply(int status, String body, java.net.http.HttpHeaders headers) {

    public JsonNode json() {
      try {
        return body == null || body.isBlank() ? JSON.nullNode() : JSON.readTree(body);
      } catch (JsonProcessingException e) {
        throw new DemoException("not JSON (status " + status + "): " + abbreviated(body));
      }
    }

    public boolean ok() {
      return status >= 200 && status < 300;
    }

    /** Throws with the method, path, status and problem body unless the status is expected. */
    public Reply expect(String what, int... statuses) {
      for (int status : statuses) {
        if (this.status == status) {
          return this;
        }
      }
      throw new DemoException(what + " answered " + status + ": " + abbreviated(body));
    }
  }

  public Reply get(String url, String token) {
    return send("GET", url, token, null, Map.of());
  }

  public Reply post(String url, String token, Object body) {
    return send("POST", url, token, body, Map.of());
  }

  public Reply post(String url, String token, Object body, Map<String, String> headers) {
    return send("POST", url, token, body, headers);
  }

  public Reply put(String url, String token, Object body) {
    return send("PUT", url, token, body, Map.of());
  }

  /** A form POST (Keycloak's token endpoint). */
  Reply form(String url, String form) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(Duration.ofSeconds(60))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build();
    return exchange(request);
  }

  public Reply send(
      String method, String url, String token, Object body, Map<String, String> headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    headers.forEach(request::header);
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request.header("Content-Type", "application/json");
      request.method(method, HttpRequest.BodyPublishers.ofString(write(body)));
    }
    return exchange(request.build());
  }

  private Reply exchange(HttpRequest request) {
    int rateLimited = 0;
    int unavailable = 0;
    while (true) {
      try {
        HttpResponse<byte[]> response =
            client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        int status = response.statusCode();
        if (status == 429 && ++rateLimited <= MAX_RATE_LIMITED) {
          sleep(retryAfter(response) * 1000L);
          continue;
        }
        if ((status == 502 || status == 503 || status == 504) && ++unavailable <= MAX_UNAVAILABLE) {
          sleep(250L << unavailable);
          continue;
        }
        return new Reply(
            status,
            new String(response.body(), java.nio.charset.StandardCharsets.UTF_8),
            response.headers());
      } catch (IOException e) {
        if (++unavailable > MAX_UNAVAILABLE) {
          throw new DemoException(request.method() + " " + request.uri() + " failed: " + e, e);
        }
        sleep(250L << unavailable);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new DemoException("interrupted", e);
      }
    }
  }

  /** The raw bytes of a GET (exports). */
  byte[] bytes(String url, String token, String accept) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(Duration.ofSeconds(120))
            .header("Authorization", "Bearer " + token)
            .header("Accept", accept)
            .GET()
            .build();
    try {
      HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() != 200) {
        throw new DemoException(
            "GET "
                + url
                + " answered "
                + response.statusCode()
                + ": "
                + abbreviated(
                    new String(response.body(), java.nio.charset.StandardCharsets.UTF_8)));
      }
      return response.body();
    } catch (IOException e) {
      throw new DemoException("GET " + url + " failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DemoException("interrupted", e);
    }
  }

  private static long retryAfter(HttpResponse<?> response) {
    return response
        .headers()
        .firstValue("Retry-After")
        .map(
            value -> {
              try {
                return Math.max(1L, Long.parseLong(value.trim()));
              } catch (NumberFormatException e) {
                return 1L;
              }
            })
        .orElse(1L);
  }

  static String write(Object body) {
    try {
      return body instanceof String s ? s : JSON.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new DemoException("cannot write JSON: " + e.getMessage(), e);
    }
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DemoException("interrupted", e);
    }
  }

  public static String abbreviated(String body) {
    if (body == null) {
      return "";
    }
    String line = body.replaceAll("\\s+", " ").trim();
    return line.length() > 600 ? line.substring(0, 600) + " …" : line;
  }
}
