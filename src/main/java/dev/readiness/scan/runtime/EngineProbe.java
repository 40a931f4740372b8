package dev.readiness.scan.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;

/** Checks that an address speaks the Docker Engine API (/_ping, /version) and identifies the engine. */
final class EngineProbe {
  private EngineProbe() {}

  static EngineInfo identify(EngineClient client) throws EngineException {
    String where = client.endpoint().display();
    EngineClient.Reply ping = client.get("/_ping");
    if (ping.status() != 200) {
      throw new EngineException("the server at " + where + " answered HTTP " + ping.status()
          + " to GET /_ping: it is not a Docker Engine API" + FailureMessages.excerpt(ping.body()));
    }
    if (!"OK".equals(ping.body().strip()) && ping.apiVersionHeader() == null) {
      throw new EngineException("the server at " + where
          + " answered GET /_ping without \"OK\": it is not a Docker Engine API" + FailureMessages.excerpt(ping.body()));
    }
    JsonNode version = client.json("/version");
    if (!version.isObject() || !version.hasNonNull("ApiVersion")) {
      throw new EngineException("the server at " + where + " answered GET /version without an ApiVersion: "
          + "it is not a Docker Engine API");
    }
    return new EngineInfo(
        text(version, "Version"), text(version, "ApiVersion"), text(version, "Os"), kind(version), where);
  }

  private static String kind(JsonNode version) {
    for (JsonNode component : version.path("Components")) {
      if (component.path("Name").asText("").toLowerCase(Locale.ROOT).contains("podman")) return "podman";
    }
    return "docker";
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
