package dev.readiness.scan.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.transport.DockerHttpClient;
import com.github.dockerjava.zerodep.ZerodepDockerHttpClient;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Read-only GET requests to one engine through docker-java's zerodep transport. Responses are read
 * as JSON trees rather than docker-java's typed models so fields a compatible engine (podman)
 * spells differently are not lost or fatal. Every call has a hard deadline on top of the socket
 * timeouts, because a server that accepts and never answers must not hang the scan.
 */
final class EngineClient implements AutoCloseable {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final int MAX_BODY = 32 * 1024 * 1024;
  /** Concurrent requests one scan may have in flight (inspects of many containers). */
  static final int PARALLEL_CALLS = 4;

  private final EngineEndpoint endpoint;
  private final Duration readTimeout;
  private final DockerHttpClient http;
  private final ExecutorService caller;

  EngineClient(EngineEndpoint endpoint, Duration connectTimeout, Duration readTimeout) {
    this.endpoint = endpoint;
    this.readTimeout = readTimeout;
    ZerodepDockerHttpClient.Builder builder = new ZerodepDockerHttpClient.Builder()
        .dockerHost(endpoint.host())
        .connectionTimeout(connectTimeout)
        .responseTimeout(readTimeout)
        .maxConnections(PARALLEL_CALLS);
    if (endpoint.tlsCertPath() != null) builder.sslConfig(new CertDirectoryTls(java.nio.file.Path.of(endpoint.tlsCertPath())));
    this.http = builder.build();
    this.caller = Executors.newFixedThreadPool(PARALLEL_CALLS, r -> {
      Thread t = new Thread(r, "readiness-engine-call");
      t.setDaemon(true);
      return t;
    });
  }

  EngineEndpoint endpoint() { return endpoint; }

  /** GET path; the raw body for /_ping-style plain answers. */
  Reply get(String path) throws EngineException {
    Future<Reply> call = caller.submit(() -> execute(path));
    try {
      return call.get(readTimeout.toMillis() + 1000, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      call.cancel(true);
      throw new EngineException(hangMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new EngineException("interrupted while waiting for the engine at " + endpoint.display());
    } catch (ExecutionException e) {
      throw new EngineException(FailureMessages.describe(endpoint, e.getCause()));
    }
  }

  /** GET path and parse the body as JSON; a non-2xx status or non-JSON body is an error. */
  JsonNode json(String path) throws EngineException {
    return parse(path, get(path));
  }

  /** Like {@link #json} but empty on 404 (an object that disappeared meanwhile). */
  java.util.Optional<JsonNode> jsonUnlessMissing(String path) throws EngineException {
    Reply reply = get(path);
    return reply.status() == 404 ? java.util.Optional.empty() : java.util.Optional.of(parse(path, reply));
  }

  private JsonNode parse(String path, Reply reply) throws EngineException {
    if (reply.status() / 100 != 2) {
      throw new EngineException("the engine at " + endpoint.display() + " answered HTTP " + reply.status()
          + " to GET " + path + FailureMessages.excerpt(reply.body()));
    }
    try {
      return MAPPER.readTree(reply.body());
    } catch (IOException e) {
      throw new EngineException("the server at " + endpoint.display() + " did not answer GET " + path
          + " with JSON: it is not a Docker Engine API" + FailureMessages.excerpt(reply.body()));
    }
  }

  private Reply execute(String path) throws IOException {
    DockerHttpClient.Request request = DockerHttpClient.Request.builder()
        .method(DockerHttpClient.Request.Method.GET).path(path).build();
    try (DockerHttpClient.Response response = http.execute(request); InputStream in = response.getBody()) {
      byte[] body = in == null ? new byte[0] : in.readNBytes(MAX_BODY);
      String apiVersion = response.getHeader("Api-Version");
      String server = response.getHeader("Server");
      return new Reply(response.getStatusCode(), new String(body, java.nio.charset.StandardCharsets.UTF_8),
          apiVersion, server == null ? null : server.toLowerCase(Locale.ROOT));
    }
  }

  private String hangMessage() {
    return "the engine at " + endpoint.display() + " accepted the connection but did not answer within "
        + readTimeout.toSeconds() + " s (hung daemon?)";
  }

  @Override
  public void close() {
    caller.shutdownNow();
    try {
      http.close();
    } catch (IOException | RuntimeException e) {
      // closing a half-dead connection can fail; nothing is left to release
    }
  }

  /** A raw HTTP answer. */
  record Reply(int status, String body, String apiVersionHeader, String server) {}
}
