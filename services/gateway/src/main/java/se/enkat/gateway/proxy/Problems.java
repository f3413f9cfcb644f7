package se.enkat.gateway.proxy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;

/** Problem+json bodies the gateway writes itself (edge auth, routing and upstream failures). */
public final class Problems {

  public static final String MEDIA_TYPE = "application/problem+json";
  private static final ObjectMapper JSON = new ObjectMapper();

  private Problems() {}

  public static Buffer body(int status, String type, String title, String detail) {
    ObjectNode node = JSON.createObjectNode();
    node.put("type", "https://enkat.se/problems/" + type);
    node.put("title", title);
    node.put("status", status);
    node.put("detail", detail);
    try {
      return Buffer.buffer(JSON.writeValueAsBytes(node));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  public static void send(
      HttpServerResponse response, int status, String type, String title, String detail) {
    if (response.ended() || response.headWritten()) {
      return;
    }
    response.setStatusCode(status).putHeader("Content-Type", MEDIA_TYPE);
    response.end(body(status, type, title, detail));
  }
}
