package dev.readiness.scan.runtime;

/**
 * How to reach a Docker engine.
 *
 * @param mode auto (use it when it answers), on (fail clearly when none answers) or off
 * @param dockerHost explicit engine URI (--docker-host), or null for DOCKER_HOST / the default socket
 */
public record RuntimeOptions(String mode, String dockerHost) {
  public static RuntimeOptions off() { return new RuntimeOptions("off", null); }
}
