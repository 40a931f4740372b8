package dev.readiness.scan.runtime;

import java.net.URI;

/**
 * One address where a Docker engine may answer.
 *
 * @param host unix:// or tcp:// URI
 * @param origin where the address came from (--docker-host, DOCKER_HOST, default socket, podman socket)
 * @param tlsCertPath directory with ca.pem/cert.pem/key.pem when TLS is verified, else null
 * @param explicit the user named this address, so a missing socket is an error worth reporting
 */
public record EngineEndpoint(URI host, String origin, String tlsCertPath, boolean explicit) {

  /** The address for messages: the socket path for unix sockets, the URI otherwise. */
  public String display() {
    return "unix".equals(host.getScheme()) ? host.getPath() : host.toString();
  }
}
