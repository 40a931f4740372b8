package dev.readiness.scan.runtime;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Decides where to look for an engine: --docker-host, then DOCKER_HOST (with DOCKER_TLS_VERIFY /
 * DOCKER_CERT_PATH), then the default Docker socket and, in auto mode, the rootless podman socket.
 */
final class EndpointResolver {
  static final String DEFAULT_SOCKET = "/var/run/docker.sock";

  private final Map<String, String> env;

  EndpointResolver(Map<String, String> env) {
    this.env = env;
  }

  /** Candidates in the order they are tried; an explicit address is the only candidate. */
  List<EngineEndpoint> candidates(RuntimeOptions options) {
    if (options.dockerHost() != null) {
      return List.of(endpoint(options.dockerHost(), "--docker-host", true));
    }
    String fromEnv = env.get("DOCKER_HOST");
    if (fromEnv != null && !fromEnv.isBlank()) {
      return List.of(endpoint(fromEnv.trim(), "DOCKER_HOST", true));
    }
    List<EngineEndpoint> out = new ArrayList<>();
    out.add(endpoint("unix://" + DEFAULT_SOCKET, "default socket", false));
    String xdg = env.get("XDG_RUNTIME_DIR");
    if (xdg != null && !xdg.isBlank()) {
      Path podman = Path.of(xdg, "podman", "podman.sock");
      if (Files.exists(podman)) out.add(endpoint("unix://" + podman, "podman socket", false));
    }
    return out;
  }

  private EngineEndpoint endpoint(String raw, String origin, boolean explicit) {
    URI uri = parse(raw, origin);
    String certPath = null;
    if (!"unix".equals(uri.getScheme()) && tlsVerify()) {
      String dir = env.get("DOCKER_CERT_PATH");
      certPath = dir == null || dir.isBlank() ? Path.of(System.getProperty("user.home"), ".docker").toString() : dir;
    }
    return new EngineEndpoint(uri, origin, certPath, explicit);
  }

  private boolean tlsVerify() {
    String v = env.get("DOCKER_TLS_VERIFY");
    return v != null && !v.isBlank() && !v.equals("0") && !v.equalsIgnoreCase("false");
  }

  private static URI parse(String raw, String origin) {
    String value = raw.startsWith("/") ? "unix://" + raw : raw;
    try {
      URI uri = new URI(value);
      String scheme = uri.getScheme();
      if ("unix".equals(scheme) && uri.getPath() != null && !uri.getPath().isEmpty()) return uri;
      if (("tcp".equals(scheme) || "http".equals(scheme) || "https".equals(scheme)) && uri.getHost() != null) {
        return "tcp".equals(scheme) ? uri : new URI("tcp", null, uri.getHost(), uri.getPort(), null, null, null);
      }
    } catch (URISyntaxException e) {
      // reported below with the origin, which says more than the parser's message
    }
    throw new IllegalArgumentException(origin + " '" + raw + "' is not a unix:///path or tcp://host:port address");
  }
}
